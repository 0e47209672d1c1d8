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
web-updates-heading = De la echipa sprintului
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
web-outcome-heading = Ce s-a întâmplat cu ea

## Când o pagină nu poate fi afișată

web-not-found-heading = Pagina nu a fost găsită
web-not-found = Nu este nimic de citit aici. Este posibil ca acest conținut să fi fost mutat sau comasat cu o altă idee ori să nu fie public.
web-error-heading = Ceva nu a funcționat
web-error = Ne pare rău, această pagină nu a putut fi afișată. Vă rugăm să încercați din nou peste un minut. Dacă problema continuă, comunicați echipei sprintului acest cod de referință: { $reference }

## Tabloul de bord al echipei (/staff): promotori, moderatori și administratori, cu acces prin /web

web-sign-in-heading = Intrați în tabloul de bord al echipei
web-sign-in-intro = Acest link este doar al dumneavoastră și funcționează o singură dată. Apăsați butonul ca să intrați pe acest dispozitiv. Veți avea acces timp de { $hours ->
        [one] o oră
        [few] { $hours } ore
       *[other] { $hours } de ore
    }.
web-sign-in-button = Intrați
web-signed-out-heading = Ați ieșit din tabloul de bord
web-signed-out = Ca să folosiți tabloul de bord al echipei, trimiteți /web botului din chatul dumneavoastră. Veți primi un link de acces care funcționează o singură dată, timp de { $minutes ->
        [one] un minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }.
web-staff-heading = Tabloul de bord al echipei
web-staff-signed-in = Ați intrat ca { $role }
web-staff-sign-out = Ieșiți
web-staff-sprint = Sprint
web-staff-show = Afișați
web-staff-review-heading = Așteaptă verificarea
web-staff-awaiting-heading = Așteaptă un răspuns
web-staff-awaiting-count =
    { $count ->
        [one] Un comentariu așteaptă răspunsul echipei.
        [few] { $count } comentarii așteaptă răspunsul echipei.
       *[other] { $count } de comentarii așteaptă răspunsul echipei.
    }
web-staff-idea = Ideea #{ $id }: { $title }
web-staff-comment = Comentariul c{ $id } la „{ $title }”
web-staff-waiting = { $author } · așteaptă de { $age }
wait-length =
    { $unit ->
        [minutes] { $count ->
            [one] un minut
            [few] { $count } minute
           *[other] { $count } de minute
        }
        [hours] { $count ->
            [one] o oră
            [few] { $count } ore
           *[other] { $count } de ore
        }
       *[days] { $count ->
            [one] o zi
            [few] { $count } zile
           *[other] { $count } de zile
        }
    }
web-staff-held = Reținut: poate conține date personale
web-staff-approve = Aprobați
web-staff-hide = Ascundeți
web-staff-hide-reason = Motivul ascunderii (autorul îl va afla)
web-staff-respond = Răspundeți
web-staff-response = Răspunsul dumneavoastră (afișat public ca răspuns al echipei sprintului)
web-staff-done =
    { $action ->
        [approve] Aprobat: { $target }.
        [hide] Ascuns: { $target }. Autorul va afla de ce.
       *[respond] Răspunsul dumneavoastră la { $target } a fost salvat. Autorul va afla după ce va fi publicat.
    }
web-staff-failed-heading = Nu s-a putut face acest lucru
web-staff-stale-form = Acest formular a expirat. Reveniți la tabloul de bord, reîncărcați pagina și încercați din nou.
web-staff-unknown-target = Nu cunoaștem nicio idee și niciun comentariu cu această referință.
web-staff-charts-heading = Grafice
web-chart-activity = Participarea în timp
web-chart-challenges = Idei și susținători pentru fiecare provocare
web-chart-described = Cine a participat
web-chart-responses = Timpul până la primul răspuns
web-chart-data = Cifrele din spatele acestui grafic
web-chart-day = Ziua
web-chart-ideas = Idei
web-chart-comments = Comentarii
web-chart-votes = Susțineri
web-chart-supporters = Susținători
web-chart-people = Persoane
web-chart-challenge = Provocare
web-chart-describes = Se descrie ca
web-chart-wait = Timp de așteptare
web-chart-answered = Comentarii cu răspuns
web-wait-band =
    { $band ->
        [day] În cel mult o zi
        [two-days] Între 1 și 2 zile
        [five-days] Între 2 și 5 zile
        [ten-days] Între 5 și 10 zile
       *[more] Peste 10 zile
    }
web-staff-downloads = Descărcați
web-staff-download =
    { $table ->
        [updates] Noutățile de la echipă
        [responses] Cât a așteptat fiecare comentariu un răspuns
       *[ideas] Ideile și comentariile sprintului
    } ({ $format ->
        [csv] CSV, pentru foi de calcul
       *[json] JSON
    })

## Participarea din panou

web-join-telegram = Susțineți-o sau comentați pe Telegram
