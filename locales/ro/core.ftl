### Cuvintele pe care nucleul le dă fiecărui adaptor: ajutorul pentru comenzi și numele lucrurilor.

## Ajutor: câte o intrare pentru fiecare comandă din core/src/command/catalogue.rs, „utilizare — ce face”.
## Comenzile cu mai multe forme au câte un rând pentru fiecare formă; primul rând este cel obișnuit.
## Numele comenzilor și cuvintele lor cheie (new, add, list, csv...) rămân în engleză: doar pe
## acestea le înțelege analizorul. Cuvintele scrise cu majuscule sunt de completat de persoană.

help-start = /start — înregistrați-vă sau începeți din nou de la început
help-help = /help [COMANDĂ] — vedeți ce puteți face sau cum se folosește o comandă
help-sprint =
    /sprint [N] — vedeți sprintul deschis sau sprintul N
    /sprint new DESCHIDERE ÎNCHIDERE Titlu | descriere — planificați un sprint nou (date de forma 2026-06-30)
    /sprint window N DESCHIDERE ÎNCHIDERE — schimbați datele la care se deschide și se închide sprintul N
    /sprint target N ZILE|default — stabiliți pentru sprintul N un termen de răspuns propriu, în zile lucrătoare, sau reveniți la cel al serviciului
help-sprints = /sprints — vedeți lista tuturor sprinturilor și etapa fiecăruia
help-challenges = /challenges [SPRINT] — vedeți provocările la care puteți răspunde
help-idea = /idea — împărtășiți o idee, o experiență sau o bună practică (vă vom pune câteva întrebări scurte)
help-ideas = /ideas [top|new|mine] [PAGINĂ] — răsfoiți ideile: cele mai susținute, cele mai noi sau ale dumneavoastră
help-show = /show N — citiți ideea N și comentariile ei
help-support = /support N — susțineți o idee cu care sunteți de acord
help-unsupport = /unsupport N — retrageți-vă susținerea pentru o idee
help-comment = /comment N comentariul dumneavoastră — comentați ideea N
help-reply = /reply cN răspunsul dumneavoastră — răspundeți la un comentariu (de exemplu /reply c34 Sunt de acord)
help-follow = /follow N — primiți noutăți despre ideea N
help-unfollow = /unfollow N — opriți noutățile despre ideea N
help-subscribe = /subscribe weekly|daily|off — alegeți cât de des primiți rezumatul (săptămânal, zilnic sau deloc)
help-pause = /pause ZILE — opriți temporar notificările, pentru cel mult 90 de zile; /pause off le repornește
help-timezone = /timezone FUS — primiți rezumatele și orele de liniște după fusul dumneavoastră orar (de exemplu /timezone Europe/Dublin); /timezone off revine la fusul orar al serviciului
help-mute = /mute IDEE — opriți notificările despre o idee
help-unmute = /unmute IDEE — primiți din nou notificări despre acea idee
help-language = /language [LIMBĂ] — alegeți limba (de exemplu ro pentru română, en pentru English sau cy pentru Cymraeg)
help-link = /link [COD] — conectați-vă celelalte conturi de chat: trimiteți /link ca să primiți un cod, apoi /link COD în cealaltă aplicație
help-mydata = /mydata — vedeți toate datele pe care le avem despre dumneavoastră
help-forgetme = /forgetme — ștergeți-vă datele; ce ați postat rămâne, afișat ca venind de la „un fost membru”
help-review = /review — vedeți următoarele idei și comentarii care așteaptă verificarea
help-approve = /approve N|cN — publicați o idee (12) sau un comentariu (c34) reținut pentru verificare
help-respond = /respond N|cN răspunsul — răspundeți ca promotor la o idee sau la un comentariu
help-hide = /hide N|cN motiv — ascundeți o idee sau un comentariu care încalcă regulile, explicând de ce
help-restore = /restore N|cN — afișați din nou o idee sau un comentariu ascuns
help-awaiting = /awaiting — vedeți comentariile care încă așteaptă răspunsul unui promotor
help-stats = /stats [SPRINT] — vedeți cifrele unui sprint: persoane, idei, susțineri și comentarii
help-outcomes = /outcomes [SPRINT] — vedeți ce s-a întâmplat cu ideile: rezultatele consemnate de echipă, cu notele lor
help-claim = /claim COD — deveniți coautor al unei idei pe care un promotor a consemnat-o în numele grupului dumneavoastră și aflați ce se întâmplă cu ea
help-updates = /updates [SPRINT] — citiți noutățile de la echipa sprintului, cele mai recente întâi
help-web = /web — primiți un link ca să intrați în tabloul de bord al echipei pe web (trimis în privat, funcționează o singură dată)
help-capture = /capture NUME|off — consemnați idei în numele unui grup (o ședință scurtă, o vizită pe secție): fiecare primește un cod de revendicare pentru cei care au fost de față
help-merge = /merge N M — comasați ideea duplicat N cu ideea M (susținerile ei trec la M)
help-challenge = /challenge add SPRINT Titlu | descriere — adăugați o provocare la un sprint
help-theme =
    /theme new SPRINT Nume | descriere — creați o temă
    /theme add TEMĂ IDEE — adăugați o idee la o temă
    /theme list [SPRINT] — vedeți lista temelor
help-bigidea =
    /bigidea new SPRINT TEMĂ,TEMĂ Titlu | descriere — creați o Idee Mare pornind de la teme
    /bigidea stage N ETAPĂ — treceți Ideea Mare N într-o etapă nouă
    /bigidea list [SPRINT] — vedeți lista Ideilor Mari
help-outcome = /outcome N|bN OUTCOME notă — consemnați ce s-a întâmplat cu ideea N sau cu Ideea Mare bN și informați-i pe toți cei din spatele ei (OUTCOME: under-consideration, prototyping, testing, adopted, scaled-and-spread sau not-taken-forward, care cere o notă cu motivul)
help-update = /update — scrieți celor din sprint, pas cu pas: trimiteți acum fiecărui abonat sau puneți textul la începutul următorului rezumat (pe un singur rând: /update now|digest Titlu | text [| link [| titlu în galeză | text în galeză]])
help-stage =
    /stage sprint N ETAPĂ — treceți sprintul N în altă etapă (draft, open, closed, theming, prototyping, testing, scale and spread, archived)
    /stage idea N ETAPĂ — arătați cât de departe a ajuns ideea N (submitted, themed, prototyping, testing, scale and spread, not taken forward)
help-ban = /ban MEMBRU motiv — blocați postările unui membru (poate citi în continuare)
help-unban = /unban MEMBRU — permiteți-i unui membru să posteze din nou
help-export = /export [SPRINT] [ideas|updates|responses] [csv|json] [withheld] — descărcați ideile publice (sau noutățile de la echipă, sau cât a așteptat fiecare comentariu un răspuns), în format CSV (implicit) sau JSON; administratorii pot adăuga withheld ca să includă și ideile reținute sau ascunse, marcate ca atare
help-audit = /audit — vedeți cele mai recente acțiuni de moderare și cine le-a făcut
help-announce = /announce [PROVOCARE] — într-un grup sau într-un subiect: anunțați aici ideile noi din sprintul curent (sau dintr-o singură provocare); /announce off oprește anunțurile
help-deliveries = /deliveries — coada de notificări: câte așteaptă, câte au fost trimise și câte au fost puse deoparte, plus de ce au eșuat cele mai recente dintre acestea
help-role = /role MEMBRU member|champion|moderator|admin — atribuiți un rol unui membru

## Numele lucrurilor, fiecare ales după un argument (cuvântul stocat).

role-name =
    { $role ->
        [member] Membru
        [champion] Promotor
        [moderator] Moderator
       *[admin] Administrator
    }

sprint-stage-name =
    { $stage ->
        [draft] În pregătire
        [open] Deschis pentru idei
        [closed] Închis pentru idei
        [theming] Gruparea pe teme
        [prototyping] Prototipare
        [testing] Testare
        [scale_and_spread] Extindere și răspândire
       *[archived] Arhivat
    }

development-stage-name =
    { $stage ->
        [submitted] Trimisă
        [themed] Inclusă într-o temă
        [prototyping] Prototipare
        [testing] Testare
        [scale_and_spread] Extindere și răspândire
       *[not_taken_forward] Nu a fost dusă mai departe
    }

idea-kind-name =
    { $kind ->
        [experience] Experiență
        [good_practice] Bună practică
       *[idea] Idee
    }

describes-name =
    { $describes ->
        [staff] Angajat în domeniul sănătății
        [patient] Pacient sau beneficiar
        [carer] Îngrijitor sau aparținător
        [lived_experience] Partener cu experiență trăită
        [partner_organisation] Organizație parteneră
       *[other] Altă situație
    }

digest-name =
    { $frequency ->
        [weekly] Săptămânal
        [daily] Zilnic
       *[off] Oprit
    }

pii-kind-name =
    { $kind ->
        [nhs_number] număr NHS
        [phone_number] număr de telefon
        [email] adresă de e-mail
        [postcode] cod poștal însoțit de un nume
       *[date_of_birth] data nașterii
    }

visibility-name =
    { $visibility ->
        [pending] Așteaptă verificarea
        [visible] Publicată
        [hidden] Ascunsă
       *[merged] Comasată
    }

origin-name =
    { $origin ->
        [telegram] Telegram
        [discord] Discord
        [console] Consolă
       *[other] Importată
    }

# Afișat în locul numelui cuiva care a cerut să fie uitat.
former-member = un fost membru
# Autorul unei idei consemnate în numele unui grup, pe cardul și pe pagina ei: grupul, niciodată
# promotorul care a scris-o. Ține locul lui { $author } după „de”.
idea-by-group = grupul de la { $session }

## Anunțuri în grupuri și subiecte

announce-group-only = /announce funcționează într-un grup sau într-un subiect: adăugați botul acolo și trimiteți comanda în acel chat.
announce-tied = Ideile noi pentru „{ $title }” vor fi anunțate aici.
announce-untied = Ideile noi nu vor mai fi anunțate aici.
announce-not-tied = Aici nu se anunța nimic.
announce-heading = 💡 Idee nouă

## Notificări: ce află oamenii despre ideile, comentariile și sprinturile lor

notify-idea-approved = ✅ Ideea dumneavoastră #{ $id } „{ $title }” a fost verificată și este publicată.
notify-idea-held = ⏸ Ideea dumneavoastră #{ $id } „{ $title }” este reținută până când o verifică echipa, pentru că ar putea conține date personale ({ $reasons }).
notify-idea-hidden = 🙈 Ideea dumneavoastră #{ $id } „{ $title }” a fost ascunsă de echipă: { $reason }
notify-idea-merged = 🔗 Ideea dumneavoastră #{ $id } „{ $title }” a fost comasată cu ideea #{ $into } „{ $into_title }”. Susținătorii ei au trecut odată cu ea.
notify-idea-themed = 🏷 Ideea dumneavoastră #{ $id } „{ $title }” face acum parte din tema „{ $theme }”.
notify-idea-stage = 🚀 Ideea #{ $id } „{ $title }” a trecut într-o etapă nouă: { $stage }.
notify-comment-hidden = 🙈 Comentariul dumneavoastră c{ $comment } la ideea #{ $idea } a fost ascuns de echipă: { $reason }
notify-response-to-comment = 💬 Echipa a răspuns la comentariul dumneavoastră la ideea #{ $id } „{ $title }”.
notify-response-to-idea = 💬 Echipa a răspuns la ideea dumneavoastră #{ $id } „{ $title }”.
notify-reply-to-comment = 💬 Cineva a răspuns la comentariul dumneavoastră la ideea #{ $id } „{ $title }”.
notify-still-with-team = ⏳ Comentariul dumneavoastră la ideea #{ $id } „{ $title }” se află încă la echipa sprintului. Nu a fost uitat: veți afla de îndată ce echipa va răspunde.
# Mementourile promisiunii de răspuns pentru echipa sprintului: dimineața de lucru a unui
# promotor, lunea unui moderator. După titlu urmează câte un rând pentru fiecare comentariu;
# $left și $waited sunt durate („3 ore”, „6 zile”).
notify-responses-nearing =
    { $count ->
        [one] ⏰ Un comentariu se apropie de termenul de răspuns ({ $days ->
            [one] o zi lucrătoare
            [few] { $days } zile lucrătoare
           *[other] { $days } de zile lucrătoare
        }):
        [few] ⏰ { $count } comentarii se apropie de termenul de răspuns ({ $days ->
            [one] o zi lucrătoare
            [few] { $days } zile lucrătoare
           *[other] { $days } de zile lucrătoare
        }):
       *[other] ⏰ { $count } de comentarii se apropie de termenul de răspuns ({ $days ->
            [one] o zi lucrătoare
            [few] { $days } zile lucrătoare
           *[other] { $days } de zile lucrătoare
        }):
    }
notify-responses-overdue =
    { $count ->
        [one] 🗓️ Restanțele acestei săptămâni: un comentariu a așteptat peste termenul de răspuns ({ $days ->
            [one] o zi lucrătoare
            [few] { $days } zile lucrătoare
           *[other] { $days } de zile lucrătoare
        }):
        [few] 🗓️ Restanțele acestei săptămâni: { $count } comentarii au așteptat peste termenul de răspuns ({ $days ->
            [one] o zi lucrătoare
            [few] { $days } zile lucrătoare
           *[other] { $days } de zile lucrătoare
        }):
       *[other] 🗓️ Restanțele acestei săptămâni: { $count } de comentarii au așteptat peste termenul de răspuns ({ $days ->
            [one] o zi lucrătoare
            [few] { $days } zile lucrătoare
           *[other] { $days } de zile lucrătoare
        }):
    }
notify-nearing-line = • c{ $comment } la #{ $id } „{ $title }”: termenul expiră peste { $left }
notify-overdue-line = • c{ $comment } la #{ $id } „{ $title }”: așteaptă de { $waited }
notify-waiting-more = …și încă { $count }.
notify-waiting-hint = Răspundeți cu /respond cN și răspunsul dumneavoastră sau vedeți cu /awaiting toate comentariile care așteaptă răspuns.
notify-idea-outcome = 📌 Ce s-a întâmplat cu ideea #{ $id } „{ $title }”: { $outcome }. { $note }
notify-big-idea-outcome = 📌 Ce s-a întâmplat cu Ideea Mare „{ $title }”, născută din idei pe care le-ați scris, susținut, discutat sau urmărit: { $outcome }. { $note }
notify-big-idea-stage = 🌱 Vocea dumneavoastră a contat: Ideea Mare „{ $title }”, născută din idei pe care le-ați scris, susținut sau discutat, a trecut într-o etapă nouă: { $stage }.
notify-sprint-opened = 📣 Sprintul { $id } „{ $title }” este deschis pentru idei. Provocări: { $challenges }. Trimiteți /idea ca să o împărtășiți pe a dumneavoastră.
notify-sprint-closed = 🏁 Sprintul { $id } „{ $title }” s-a încheiat: { $people ->
        [one] o persoană
        [few] { $people } persoane
       *[other] { $people } de persoane
    }, { $ideas ->
        [one] o idee
        [few] { $ideas } idei
       *[other] { $ideas } de idei
    }, { $interactions ->
        [one] o interacțiune
        [few] { $interactions } interacțiuni
       *[other] { $interactions } de interacțiuni
    }. Vă mulțumim că ați participat.
notify-sprint-stage = 🗺 Sprintul { $id } „{ $title }” a trecut într-o etapă nouă: { $stage }.
notify-idea-published = 💡 Idee nouă: #{ $id } „{ $title }”.
notify-comment-published = 💬 Comentariu nou c{ $comment } la ideea #{ $id }.
notify-idea-revised = Ideea #{ $id } a fost modificată de echipa sprintului.
notify-comment-revised = Comentariul c{ $comment } la ideea #{ $id } a fost modificat de echipa sprintului.
notify-button-open = Deschideți ideea #{ $id }

## Coada de livrare

deliveries-counts = Notificări — în așteptare: { $pending }, în curs de trimitere: { $sending }, trimise: { $sent }, puse deoparte: { $dead }, preluate din nou după oprirea unui proces: { $duplicate } (acestea ar fi putut fi trimise de două ori).
deliveries-dead-line = Pusă deoparte #{ $id }: { $event } pentru membrul { $member } pe { $platform }: { $reason }
notify-paused = Notificările sunt oprite până la { $until }. Cu /pause off le reporniți mai devreme.
notify-resumed = Notificările sunt din nou pornite.
notify-muted = Nu veți mai primi notificări despre ideea #{ $id }. Cu /unmute { $id } le reporniți.
notify-unmuted = Veți primi din nou notificări despre ideea #{ $id }.

## Rezumatul și mementoul de închidere

notify-sprint-closing-soon = ⏳ Sprintul { $id } „{ $title }” se închide în 48 de ore ({ $closes }). { $news ->
        [0] Mai aveți timp să postați o idee sau să susțineți ideile altora.
        [one] O idee pe care o susțineți are comentarii noi.
        [few] { $news } idei pe care le susțineți au comentarii noi.
       *[other] { $news } de idei pe care le susțineți au comentarii noi.
    }
digest-heading = { $frequency ->
        [daily] 📬 Rezumatul zilnic crowdsprint
       *[other] 📬 Rezumatul săptămânal crowdsprint
    }
digest-challenges = Provocări noi:
digest-updates = De la echipă:
digest-challenge = • { $title }
digest-top-ideas = Cele mai susținute idei noi:
digest-top-idea = • #{ $id } { $title } ({ $count ->
        [one] 1 susținător
        [few] { $count } susținători
       *[other] { $count } de susținători
    })
digest-followed = La ideile pe care le urmăriți:
digest-followed-idea = • #{ $id } { $title }: { $count ->
        [one] 1 comentariu nou
        [few] { $count } comentarii noi
       *[other] { $count } de comentarii noi
    }
digest-responses = Echipa v-a răspuns:
digest-response = • #{ $id } { $title }
digest-outcomes = Ce s-a întâmplat cu ideile pe care le-ați susținut:
digest-outcome = • #{ $id } { $title }: { $outcome }
digest-deadlines = Se închid în curând:
digest-deadline = • { $title } se închide pe { $closes }
digest-footer = { $frequency ->
        [daily] Primiți acest rezumat în fiecare zi pentru că v-ați abonat.
       *[other] Primiți acest rezumat în fiecare săptămână pentru că v-ați abonat.
    } Cu /subscribe puteți schimba cât de des îl primiți.
digest-button-support = 👍 #{ $id }
digest-button-follow = 🔔 #{ $id }
digest-button-open = Deschideți #{ $id }
digest-button-unsubscribe = Dezabonare
digest-unsubscribed = Nu veți mai primi rezumatul și nici noutățile despre sprinturi. Cu /subscribe weekly le primiți din nou.
notify-timezone-set = Fusul dumneavoastră orar este acum { $zone }: rezumatele sosesc dimineața, iar orele de liniște se potrivesc cu noaptea dumneavoastră.
notify-timezone-off = Fusul dumneavoastră orar a fost șters; orele urmează fusul orar al serviciului ({ $zone }).

## Limite de ritm. $kind este idea sau vote; $unit este seconds sau minutes.

slow-down =
    { $kind ->
        [idea] Ați împărtășit multe idei într-un timp scurt — vă mulțumim!
        [comment] Ați scris multe comentarii într-un timp scurt — vă mulțumim!
        [link] Ați încercat de multe ori să conectați conturi într-un timp scurt.
       *[vote] Ați susținut multe idei într-un timp scurt.
    } Vă rugăm să încercați din nou peste { $unit ->
        [minutes]
            { $count ->
                [one] un minut
                [few] { $count } minute
               *[other] { $count } de minute
            }
       *[seconds]
            { $count ->
                [one] o secundă
                [few] { $count } secunde
               *[other] { $count } de secunde
            }
    }.

## Datele dumneavoastră (/mydata): un rând înaintea înregistrării complete
mydata-summary = { $accounts ->
        [one] 1 cont conectat
        [few] { $accounts } conturi conectate
       *[other] { $accounts } de conturi conectate
    }, { $ideas ->
        [one] 1 idee
        [few] { $ideas } idei
       *[other] { $ideas } de idei
    }, { $comments ->
        [one] 1 comentariu
        [few] { $comments } comentarii
       *[other] { $comments } de comentarii
    }, { $supported ->
        [one] 1 idee susținută
        [few] { $supported } idei susținute
       *[other] { $supported } de idei susținute
    }, { $following ->
        [one] 1 idee urmărită
        [few] { $following } idei urmărite
       *[other] { $following } de idei urmărite
    }, { $deliveries ->
        [one] 1 mesaj către dumneavoastră în așteptare sau păstrat
        [few] { $deliveries } mesaje către dumneavoastră în așteptare sau păstrate
       *[other] { $deliveries } de mesaje către dumneavoastră în așteptare sau păstrate
    } (le păstrăm 30 de zile după trimitere), { $audit ->
        [one] 1 înregistrare
        [few] { $audit } înregistrări
       *[other] { $audit } de înregistrări
    } în jurnalul de audit al echipei despre dumneavoastră sau făcute de dumneavoastră.

## Cuvintele aranjamentelor de text (core/src/layout.rs și aranjamentele proprii ale boturilor): rândurile
## de idei, fișele, listele, coada de verificare, sprinturile, rândurile de audit și răspunsurile comune.

member-welcome-back = Bine ați revenit, { $name }! Tastați /ideas ca să vedeți ideile de top, /idea ca să împărtășiți una sau /help pentru toate opțiunile.
registration-not-saved = Nu s-a salvat nimic. Tastați /start oricând sunteți gata.
member-registered = V-ați înregistrat, { $name }. Tastați /idea ca să împărtășiți o idee, /ideas ca să vedeți ce au propus alții sau /help pentru mai multe.
plain-text-unregistered = Vă mulțumim! Ca să postați acest mesaj ca idee, vă rugăm să vă înregistrați mai întâi cu /start — durează doar un minut.
idea-intro = Idee nouă pentru „{ $sprint }”.
idea-ask-title = Dați ideii un titlu scurt (cel mult 120 de caractere).
idea-similar =
    { $count ->
        [one] Există deja o idee asemănătoare:
        [few] Există deja { $count } idei asemănătoare:
       *[other] Există deja { $count } de idei asemănătoare:
    }
support-added =
    Acum susțineți ideea #{ $id }. { $supporters ->
        [one] Are 1 susținător.
        [few] Are { $supporters } susținători.
       *[other] Are { $supporters } de susținători.
    }
support-removed =
    Nu mai susțineți ideea #{ $id }. { $supporters ->
        [one] Are 1 susținător.
        [few] Are { $supporters } susținători.
       *[other] Are { $supporters } de susținători.
    }
comment-added = Vă mulțumim — comentariul dumneavoastră c{ $id } a fost adăugat la ideea #{ $idea }.
comment-held = Comentariul dumneavoastră c{ $id } a fost salvat, dar este reținut până când îl verifică cineva, pentru că ar putea conține date personale ({ $reasons }).
follow-added = Urmăriți ideea #{ $id }: veți afla despre răspunsuri și despre progresul ei.
follow-removed = Nu mai urmăriți ideea #{ $id }.
digest-subscribed = Rezumat: { $frequency }.
language-current = Limba dumneavoastră este { $language }. Puteți alege dintre: { $choices } — de exemplu /language en
language-set = Limba aleasă: { $language }.
account-link-code = Codul dumneavoastră de conectare este { $code }. Tastați /link { $code } în cealaltă aplicație în cel mult { $minutes ->
        [one] un minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    } ca să conectați cele două conturi.
account-linked = Gata — acest cont este acum conectat la profilul dumneavoastră crowdsprint.
mydata-heading = Toate datele pe care le avem despre dumneavoastră:
member-forget-confirm = Astfel vă ștergeți numele și conturile. Ideile și comentariile dumneavoastră rămân, afișate ca venind de la „un fost membru”. Tastați da ca să ștergeți datele sau orice altceva ca să vă păstrați contul.
member-forgotten = Datele dumneavoastră au fost șterse. Vă mulțumim că ați participat.
conversation-cancelled = Anulat — nu s-a schimbat nimic.
conversation-nothing-to-cancel = Nu este nimic de anulat.
idea-line =
    #{ $id } { $title } — { $supporters ->
        [one] 1 susținător
        [few] { $supporters } susținători
       *[other] { $supporters } de susținători
    }, { $comments ->
        [one] 1 comentariu
        [few] { $comments } comentarii
       *[other] { $comments } de comentarii
    }
no-ideas = Încă nu sunt idei aici. Puteți începe chiar dumneavoastră: tastați /idea.
list-page = Pagina { $page } din { $pages }. Pagina următoare: /ideas { $list } { $next }
idea-title = #{ $id } { $title }
idea-meta = { $kind } · { $challenge } · de { $author } · { $date }
idea-held = Reținută pentru verificare: poate conține { $reasons }.
idea-hidden = Ascunsă de echipă: { $reason }
idea-merged = Comasată cu ideea #{ $into }.
idea-status =
    { $supporters ->
        [one] 1 susținător
        [few] { $supporters } susținători
       *[other] { $supporters } de susținători
    } · etapa: { $stage }{ $supported ->
        [yes] {" "}· o susțineți
       *[no] {""}
    }{ $following ->
        [yes] {" "}· o urmăriți
       *[no] {""}
    }
idea-themes = Teme: { $themes }
no-comments = Încă nu sunt comentarii. Adăugați unul cu /comment { $id } comentariul dumneavoastră
comments-heading = Comentarii:
comment-line = c{ $id } { $author }: { $body }
response-line = c{ $id } ✔ Răspuns de la { $author }: { $body }
idea-actions = /support { $id } · /comment { $id } text · /follow { $id }
sprint-title = Sprintul { $id }: { $title } ({ $stage })
sprint-open-until = Deschis pentru idei de la { $opens } până la { $closes }.
sprint-window = Se desfășoară de la { $opens } până la { $closes }; acum nu mai primește idei noi.
sprint-line = Sprintul { $id }: { $title } — { $stage }, se închide pe { $closes }
sprint-target-set =
    { $own ->
        [yes] Sprintul { $id } „{ $title }” promite acum un răspuns în termen de { $days ->
            [one] o zi lucrătoare
            [few] { $days } zile lucrătoare
           *[other] { $days } de zile lucrătoare
        }.
       *[no] Sprintul { $id } „{ $title }” revine la termenul de răspuns al serviciului: { $days ->
            [one] o zi lucrătoare
            [few] { $days } zile lucrătoare
           *[other] { $days } de zile lucrătoare
        }.
    }
idea-counts = { $people ->
        [one] 1 persoană
        [few] { $people } persoane
       *[other] { $people } de persoane
    } · { $ideas ->
        [one] 1 idee
        [few] { $ideas } idei
       *[other] { $ideas } de idei
    } · { $votes ->
        [one] 1 susținere
        [few] { $votes } susțineri
       *[other] { $votes } de susțineri
    } · { $comments ->
        [one] 1 comentariu
        [few] { $comments } comentarii
       *[other] { $comments } de comentarii
    } · { $interactions ->
        [one] 1 interacțiune
        [few] { $interactions } interacțiuni
       *[other] { $interactions } de interacțiuni
    }
challenges-heading = Provocări:
no-challenges = Acest sprint nu are încă provocări.
help-heading = Ce puteți face:
help-section = Pentru rolul { $role }:
help-footer = Tastați /help urmat de o comandă ca să aflați mai multe, de exemplu /help support. Textul simplu devine o idee nouă.
command-usage = Mod de folosire: { $usage }
review-heading = Așteaptă verificarea: { $ideas ->
        [one] 1 idee
        [few] { $ideas } idei
       *[other] { $ideas } de idei
    }, { $comments ->
        [one] 1 comentariu
        [few] { $comments } comentarii
       *[other] { $comments } de comentarii
    }.
review-comment = c{ $id } la #{ $idea } „{ $title }” — { $author }: { $body }
review-actions = /approve { $target } · /hide { $target } motiv · /respond { $target } text
review-approved = Aprobat: { $target }.
review-responded = Răspunsul c{ $id } a fost postat la { $target }; autorul va afla.
review-hidden = Ascuns: { $target }; autorul va afla de ce.
review-restored = Afișat din nou: { $target }.
stats-responses =
    Primele răspunsuri: timp median de { $median }; { $within } din { $answered } în termen de { $days ->
        [one] o zi lucrătoare
        [few] { $days } zile lucrătoare
       *[other] { $days } de zile lucrătoare
    }.
stats-no-responses = Primele răspunsuri: niciunul încă.
stats-captured =
    Consemnate în numele unui grup: { $count ->
        [one] 1 idee
        [few] { $count } idei
       *[other] { $count } de idei
    } din { $sessions ->
        [one] 1 sesiune
        [few] { $sessions } sesiuni
       *[other] { $sessions } de sesiuni
    } (nu sunt socotite ca idei ale promotorilor înșiși).
stats-updates =
    Noutăți de la echipă: { $now ->
        [one] 1 trimisă imediat
        [few] { $now } trimise imediat
       *[other] { $now } trimise imediat
    }, { $digest ->
        [one] 1 păstrată pentru rezumate
        [few] { $digest } păstrate pentru rezumate
       *[other] { $digest } păstrate pentru rezumate
    }.
outcome-name =
    { $outcome ->
        [under_consideration] În curs de examinare
        [prototyping] Trecută la prototipare
        [testing] În curs de testare
        [adopted] Adoptată
        [scaled_and_spread] Extinsă și răspândită
       *[not_taken_forward] Nu a fost dusă mai departe
    }
outcome-set =
    Rezultatul pentru { $of } a fost stabilit: { $outcome }. { $count ->
        [one] O persoană va afla.
        [few] { $count } persoane vor afla.
       *[other] { $count } de persoane vor afla.
    }
outcomes-heading = Ce s-a întâmplat cu ideile din „{ $sprint }”:
outcomes-line = { $of } „{ $title }”: { $outcome }
outcomes-line-noted = { $of } „{ $title }”: { $outcome } — { $note }
outcomes-none = Încă nu a fost consemnat niciun rezultat în „{ $sprint }”.
# Team updates: $title and $body are the team's words (in Welsh for a Welsh reader when
# the team gave them); $has_link is yes when there is a $link.
team-update =
    📣 De la echipa sprintului: { $title }
    { $body }{ $has_link ->
        [yes] {""}
            Mai multe: { $link }
       *[other] {""}
    }
update-posted =
    { $when ->
        [now] ✅ Noutatea #{ $id } pornește către fiecare abonat, în ritmul permis de platforme.
       *[digest] ✅ Noutatea #{ $id } va apărea la începutul următorului rezumat al fiecăruia, la „De la echipă”.
    }
updates-heading = 📣 Noutățile de la echipa sprintului în „{ $sprint }”, cele mai recente întâi:
updates-line = • #{ $id } { $date }: { $title }
updates-none = Echipa sprintului nu a publicat încă nicio noutate în „{ $sprint }”.
web-sign-in-link = Linkul dumneavoastră de acces la tabloul de bord al echipei: { $link }
    Funcționează o singură dată, timp de { $minutes ->
        [one] un minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }. Nu îl dați nimănui: oricine îl folosește intră în numele dumneavoastră.
# Consemnarea ideilor în numele unui grup (o ședință scurtă, o vizită pe secție) și revendicarea lor.
capture-started = 📝 Consemnați idei pentru „{ $session }”. Fiecare idee pe care o postați de acum este a grupului, nu a dumneavoastră, și primește un cod de revendicare pentru cei care au fost de față. Trimiteți /capture off când se încheie sesiunea (se oprește singură după { $hours ->
        [one] o oră
        [few] { $hours } ore
       *[other] { $hours } de ore
    }).
capture-status =
    { $count ->
        [one] 📝 Consemnați idei pentru „{ $session }”: 1 idee până acum. Trimiteți /capture off când se încheie sesiunea.
        [few] 📝 Consemnați idei pentru „{ $session }”: { $count } idei până acum. Trimiteți /capture off când se încheie sesiunea.
       *[other] 📝 Consemnați idei pentru „{ $session }”: { $count } de idei până acum. Trimiteți /capture off când se încheie sesiunea.
    }
capture-stopped =
    { $count ->
        [one] Sesiunea de consemnare „{ $session }” s-a încheiat: 1 idee consemnată. Ideile pe care le postați de acum sunt din nou ale dumneavoastră.
        [few] Sesiunea de consemnare „{ $session }” s-a încheiat: { $count } idei consemnate. Ideile pe care le postați de acum sunt din nou ale dumneavoastră.
       *[other] Sesiunea de consemnare „{ $session }” s-a încheiat: { $count } de idei consemnate. Ideile pe care le postați de acum sunt din nou ale dumneavoastră.
    }
capture-none = Nu consemnați idei pentru un grup. Începeți cu /capture și numele sesiunii, de exemplu /capture Ședința secției 4.
idea-captured = 🤝 Ideea #{ $id } este consemnată pentru „{ $session }”. Codul ei de revendicare este { $code }: oricine a fost de față poate trimite /claim { $code } botului ca să devină coautor și să afle ce se întâmplă cu ea.
idea-claimed = ✅ Acum sunteți coautor al ideii #{ $id } „{ $title }”. O urmăriți și veți afla când răspunde echipa și ce se întâmplă cu ea.
awaiting-heading =
    { $count ->
        [one] Un comentariu așteaptă un răspuns:
        [few] { $count } comentarii așteaptă un răspuns:
       *[other] { $count } de comentarii așteaptă un răspuns:
    }
awaiting-line = c{ $id } la #{ $idea } — { $author }: { $body }
awaiting-none = Toate comentariile au primit răspuns. Vă mulțumim!
review-merged = Ideea #{ $from } a fost comasată cu ideea #{ $into }, care are acum { $supporters ->
        [one] 1 susținător
        [few] { $supporters } susținători
       *[other] { $supporters } de susținători
    }.
sprint-created = Sprintul { $id } „{ $title }” a fost creat ca ciornă. Adăugați provocări cu /challenge add { $id } Titlu, apoi deschideți-l cu /stage sprint { $id } open.
challenge-added = Provocarea { $id } „{ $title }” a fost adăugată.
idea-stage-set = Ideea #{ $id } a trecut într-o etapă nouă: { $stage }.
theme-created = Tema { $id } „{ $name }” a fost creată. Adăugați idei cu /theme add { $id } IDEE.
theme-added = Ideea #{ $idea } a fost adăugată la tema „{ $name }” ({ $count ->
        [one] 1 idee
        [few] { $count } idei
       *[other] { $count } de idei
    }).
theme-line = Tema { $id }: { $name } — { $count ->
        [one] 1 idee
        [few] { $count } idei
       *[other] { $count } de idei
    }
no-themes = Încă nu există teme. Creați una cu /theme new SPRINT Nume.
big-idea-created = Ideea Mare { $id } „{ $title }” a fost creată.
big-idea-stage-set = Ideea Mare { $id } a trecut într-o etapă nouă: { $stage }; { $people ->
        [one] o persoană care a contribuit va afla
        [few] { $people } persoane care au contribuit vor afla
       *[other] { $people } de persoane care au contribuit vor afla
    }.
big-idea-line = Ideea Mare { $id }: { $title } — { $stage }
no-big-ideas = Încă nu există Idei Mari.
member-banned = Membrul { $member } este blocat: poate citi, dar nu poate posta.
member-unbanned = Membrul { $member } poate posta din nou.
member-role-set = { $name } (membrul { $member }) are acum rolul { $role }.
audit-line = { $at } membrul { $member }: { $action } { $target }
error-internal = Ne pare rău, ceva nu a funcționat de partea noastră. Vă rugăm să încercați din nou peste câteva momente. Dacă problema continuă, menționați codul de referință { $reference }.

## Conversații (core/src/conversation): înregistrarea, postarea unei idei, a unui comentariu, a unui
## răspuns, a unui motiv, /forgetme. Întrebările aleg după $style: „buttons” unde opțiunile sunt
## butoane (Telegram), „typed” unde sunt o listă numerotată (consola).

conversation-welcome =
    Bun venit pe crowdsprint! Împărtășiți idei care ar putea îmbunătăți îngrijirea, susțineți-le pe cele cu care sunteți de acord și aflați ce se întâmplă cu ele. Înregistrarea durează un minut; { $style ->
        [buttons] atingeți ✖ Anulați oricând ca să vă opriți.
       *[typed] tastați /cancel oricând ca să vă opriți.
    }
conversation-ask-name =
    Cum doriți să vă spunem? { $style ->
        [buttons] Trimiteți un nume sau atingeți butonul ca să folosiți „{ $name }”. Tot aici vă puteți alege și limba.
       *[typed] Tastați un nume sau apăsați Enter ca să folosiți „{ $name }”. Ca să schimbați limba, tastați numărul ei.
    }
conversation-ask-name-typed = Cum doriți să vă spunem? Tastați numele pe care doriți să-l vadă ceilalți.
conversation-use-name = ✓ { $name }
conversation-language = { $language }
conversation-ask-describes =
    Ce vă descrie cel mai bine?{ $style ->
        [buttons] {""}
       *[typed] {" "}Tastați un număr.
    }
conversation-ask-organisation =
    Din ce organizație faceți parte? { $style ->
        [buttons] Trimiteți numele ei sau atingeți „Omiteți”.
       *[typed] Tastați numele ei sau apăsați Enter ca să omiteți.
    }
conversation-ask-region =
    În ce regiune vă aflați? { $style ->
        [buttons] Trimiteți numele ei sau atingeți „Omiteți”.
       *[typed] Tastați numele ei sau apăsați Enter ca să omiteți.
    }
conversation-ask-consent =
    Confidențialitate: păstrăm numele dumneavoastră, ce ați ales că vă descrie și ce postați, ca să putem desfășura acest sprint și să vă spunem ce se întâmplă cu ideile. Vă puteți descărca datele cu /mydata și le puteți șterge cu /forgetme oricând.
    Sunteți de acord?{ $style ->
        [buttons] {""}
       *[typed] {" "}Tastați da sau nu.
    }
conversation-consent-yes = ✓ Da, sunt de acord
conversation-consent-no = Nu, mulțumesc
conversation-skip = Omiteți
conversation-cancel = ✖ Anulați
conversation-pick-one =
    { $style ->
        [buttons] Vă rugăm să atingeți unul dintre butoane sau să trimiteți /cancel ca să vă opriți.
       *[typed] Vă rugăm să tastați unul dintre numerele afișate sau /cancel ca să vă opriți.
    }
conversation-idea-offer =
    Doriți să postați acest mesaj ca idee? { $style ->
        [buttons] Atingeți o provocare ca să continuați sau ✖ Anulați.
       *[typed] Tastați numărul unei provocări ca să continuați sau /cancel dacă nu doriți.
    }
conversation-ask-challenge =
    La ce provocare răspunde ideea dumneavoastră?{ $style ->
        [buttons] {""}
       *[typed] {" "}Tastați un număr.
    }
conversation-challenge = { $title }
conversation-title-suggested =
    Titlu: „{ $title }”. { $style ->
        [buttons] Atingeți butonul ca să-l păstrați sau trimiteți unul mai bun (cel mult 120 de caractere).
       *[typed] Apăsați Enter ca să-l păstrați sau tastați unul mai bun (cel mult 120 de caractere).
    }
conversation-keep-title = ✓ Păstrați acest titlu
conversation-ask-body =
    Spuneți-ne mai multe: ce ați schimba și de ce? { $style ->
        [buttons] Trimiteți textul sau atingeți „Omiteți”.
       *[typed] Tastați textul sau apăsați Enter ca să omiteți.
    }
conversation-ask-kind =
    Este o idee, o experiență sau o bună practică?{ $style ->
        [buttons] {""}
       *[typed] {" "}Tastați un număr sau apăsați Enter pentru o idee.
    }
conversation-similar-ask =
    { $style ->
        [buttons] Atingeți o idee ca s-o susțineți pe aceea sau postați-o totuși pe a dumneavoastră.
       *[typed] Tastați numărul unei idei ca s-o susțineți pe aceea, publică ca s-o postați totuși pe a dumneavoastră sau /cancel.
    }
conversation-support-instead = 👍 #{ $id } { $title }
conversation-post-anyway = Postez totuși ideea mea
conversation-ask-comment = Trimiteți comentariul dumneavoastră la ideea #{ $id }.
conversation-ask-response = Trimiteți răspunsul echipei pentru { $target }. Autorul va afla.
conversation-ask-hide-reason = De ce ascundeți { $target }? Trimiteți un motiv scurt; autorul îl va vedea.
conversation-confirm-forget =
    Astfel vă ștergeți numele și conturile. Ideile și comentariile dumneavoastră rămân, afișate ca venind de la „un fost membru”. { $style ->
        [buttons] Sigur doriți acest lucru?
       *[typed] Tastați da ca să ștergeți datele sau orice altceva ca să vă păstrați contul.
    }
conversation-forget-yes = Da, ștergeți-mi datele
update-intro = O noutate de la echipă pentru toți cei care participă la „{ $sprint }”. Nu se trimite nimic până nu alegeți, la final, cum.
conversation-ask-update-title = Care este titlul? (cel mult 120 de caractere)
conversation-ask-update-body = Acum textul noutății (cel mult 2.000 de caractere).
conversation-ask-update-link =
    Un link pentru mai multe detalii (trebuie să înceapă cu https://)? { $style ->
        [buttons] Trimiteți-l sau atingeți „Omiteți”.
       *[typed] Tastați-l sau apăsați Enter ca să omiteți.
    }
conversation-ask-update-welsh-title =
    Cititorii de limba galeză primesc textul în galeză atunci când îl dați. Care este titlul în galeză? { $style ->
        [buttons] Trimiteți-l sau atingeți „Omiteți” ca să rămână doar în engleză.
       *[typed] Tastați-l sau apăsați Enter ca să rămână doar în engleză.
    }
conversation-ask-update-welsh-body = Și textul noutății în galeză?
conversation-ask-update-when =
    Așa va arăta. O trimiteți acum tuturor celor abonați la „{ $sprint }” sau o păstrați ca să apară la începutul următorului lor rezumat?{ $style ->
        [buttons] {""}
       *[typed] {" "}Tastați un număr sau /cancel.
    }
conversation-update-when =
    { $when ->
        [now] 📣 Trimiteți acum
       *[digest] 🗞 În următorul rezumat
    }

## /audit: cum se numește fiecare acțiune înregistrată ($action este cheia, $stored numele păstrat în
## jurnal, afișat pentru o acțiune pe care această versiune nu o cunoaște).

audit-action =
    { $action ->
        [bigidea-create] a creat
        [bigidea-stage] a stabilit etapa pentru
        [challenge-create] a adăugat
        [comment-respond] a răspuns la
        [export] a exportat
        [export-withheld] a exportat, inclusiv elementele reținute,
        [idea-merge] a comasat
        [idea-stage] a stabilit etapa pentru
        [import] a importat
        [member-ban] a blocat
        [member-role] a schimbat rolul pentru
        [member-unban] a deblocat
        [review-approve] a aprobat
        [review-hide] a ascuns
        [review-restore] a afișat din nou
        [sprint-create] a creat
        [sprint-stage] a stabilit etapa pentru
        [sprint-window] a schimbat datele pentru
        [sprint-target] a stabilit termenul de răspuns pentru
        [theme-add] a adăugat la o temă:
        [theme-create] a creat
        [web-sign-in] a intrat în tabloul de bord al echipei ca
        [outcome-set] a stabilit rezultatul pentru
        [update-post] a publicat o noutate de la echipă în
       *[other] { $stored }
    }

## Laid out on chat surfaces, where counts live on the buttons
idea-stage = Etapa: { $stage }
similar-heading =
    { $count ->
        [one] O idee asemănătoare:
        [few] Idei asemănătoare:
       *[other] Idei asemănătoare:
    }
