# Cuvintele panoului web: paginile publice pe care le poate citi oricine, fără să intre într-un
# chat. Titlurile, etapele, numerele și detaliile ideilor vin din core.ftl, ca în chaturi.

web-site-name = crowdsprint
web-skip-link = Salt la conținutul principal
web-language = Limba
web-footer = Idei de la oamenii care oferă și primesc îngrijire, publicate de autorii lor. Alăturați-vă unui sprint pe Telegram sau Discord ca să postați idei, să le susțineți și să le comentați.
web-breadcrumbs = Unde vă aflați

## Lista sprinturilor

web-sprints-heading = Sprinturi
web-sprints-intro = Fiecare sprint pune câteva întrebări, numite provocări. Citiți ce au propus oamenii și ce le-a răspuns echipa sprintului.
web-no-sprints = Încă nu există sprinturi de citit.

## Un sprint

web-challenges-heading = Provocări
web-themes-heading = Teme
web-big-ideas-heading = Idei Mari
web-theme-ideas =
    { $count ->
        [one] 1 idee
        [few] { $count } idei
       *[other] { $count } de idei
    }
web-all-sprints = Toate sprinturile

## O provocare

web-order-top = Cele mai susținute
web-order-new = Cele mai noi
web-order-label = Ordinea ideilor
web-no-ideas = Încă nu a fost publicată nicio idee la această provocare.
web-page = Pagina { $page } din { $pages }
web-previous = Pagina anterioară
web-next = Pagina următoare
web-pages = Pagini

## O idee

web-supporters =
    { $count ->
        [one] 1 susținător
        [few] { $count } susținători
       *[other] { $count } de susținători
    }
web-comment-count =
    { $count ->
        [one] 1 comentariu
        [few] { $count } comentarii
       *[other] { $count } de comentarii
    }
web-comments-heading = Comentarii și răspunsuri
web-no-comments = Încă nu sunt comentarii.
web-response = Răspuns de la echipa sprintului
web-stage = Etapa: { $stage }
web-themes = Teme: { $themes }

## Când o pagină nu poate fi afișată

web-not-found-heading = Pagina nu a fost găsită
web-not-found = Nu este nimic de citit aici. Este posibil ca acest conținut să fi fost mutat sau comasat cu o altă idee ori să nu fie public.
web-error-heading = Ceva nu a funcționat
web-error = Ne pare rău, această pagină nu a putut fi afișată. Vă rugăm să încercați din nou peste un minut. Dacă problema continuă, comunicați echipei sprintului acest cod de referință: { $reference }
