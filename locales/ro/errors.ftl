### Ce nu a mers și ce trebuie făcut mai departe. Mesajele se citesc pe telefon, adesea în pauză:
### fiecare să fie scurt, simplu și amabil și să spună mereu cum se poate îndrepta problema.

## Greșeli în ce a tastat cineva (UserError). $field este una dintre cheile TextField.

error-text-empty =
    Nu ați completat { $field ->
        [title] titlul
        [body] detaliile
        [comment] comentariul
        [name] numele
        [reason] motivul
        [description] descrierea
        [organisation] organizația
        [region] regiunea
       *[other] acest câmp
    }. Vă rugăm să scrieți câteva cuvinte și să încercați din nou.

error-text-too-long =
    { $field ->
        [title] Titlul este prea lung
        [body] Detaliile sunt prea lungi
        [comment] Comentariul dumneavoastră este prea lung
        [name] Numele dumneavoastră este prea lung
        [reason] Motivul este prea lung
        [description] Descrierea este prea lungă
        [organisation] Numele organizației este prea lung
        [region] Numele regiunii este prea lung
       *[other] Textul este prea lung
    }: { $actual ->
        [one] un caracter
        [few] { $actual } caractere
       *[other] { $actual } de caractere
    }, iar maximul permis este { $max ->
        [one] un caracter
        [few] { $max } caractere
       *[other] { $max } de caractere
    }. Vă rugăm să scurtați textul și să încercați din nou.

error-text-control-characters =
    { $field ->
        [title] Titlul conține
        [body] Detaliile conțin
        [comment] Comentariul dumneavoastră conține
        [name] Numele dumneavoastră conține
        [reason] Motivul conține
        [description] Descrierea conține
        [organisation] Numele organizației conține
        [region] Numele regiunii conține
       *[other] Textul conține
    } un rând nou sau un caracter ascuns pe care nu îl putem folosi. Vă rugăm să scrieți din nou, ca text simplu.

## Înregistrare și permisiuni

error-not-registered = Mai întâi trebuie să vă înregistrați — durează doar câteva secunde. Trimiteți /start ca să începeți.
error-already-registered = V-ați înregistrat deja, așa că nu mai trebuie să faceți nimic. Trimiteți /help ca să vedeți ce puteți face.
error-consent-required = Vă putem înregistra doar dacă sunteți de acord să vă păstrăm datele. Trimiteți /start când sunteți gata să vă dați acordul.
error-not-allowed =
    Ne pare rău, doar { $role ->
        [member] membrii înregistrați
        [champion] promotorii
        [moderator] moderatorii
       *[admin] administratorii
    } pot face acest lucru. Dacă credeți că ar trebui să aveți acces, vă rugăm să întrebați coordonatorul comunității.
error-banned = Puteți citi în continuare tot, dar momentan nu puteți posta, susține idei sau comenta. Dacă credeți că este o greșeală, vă rugăm să luați legătura cu coordonatorul comunității.

## Lucruri care nu pot fi găsite

error-sprint-not-found = Sprintul { $id } nu există — verificați numărul cu /sprints.
error-challenge-not-found = Provocarea { $id } nu există — verificați numărul cu /challenges.
error-idea-not-found = Ideea #{ $id } nu există — verificați numărul cu /ideas.
error-comment-not-found = Comentariul c{ $id } nu există — deschideți ideea cu /show ca să vedeți comentariile și numerele lor.
error-theme-not-found = Tema { $id } nu există — verificați numărul cu /theme list.
error-big-idea-not-found = Ideea Mare { $id } nu există — verificați numărul cu /bigidea list.
error-member-not-found = Nu găsim acest membru — verificați numărul membrului și încercați din nou.

## Sprinturi, susțineri și comentarii

error-sprint-not-open = Sprintul { $id } nu este deschis acum, așa că nu primește idei noi sau susțineri. Puteți în continuare să citiți ideile și să le comentați. Trimiteți /sprints ca să vedeți ce sprint este deschis.
error-no-open-sprint = Momentan niciun sprint nu este deschis, așa că încă nu aveți unde posta idei. Trimiteți /sprints ca să vedeți ce urmează.
error-already-supported = Susțineți deja ideea #{ $id } — vă mulțumim! Ca să vă retrageți susținerea, trimiteți /unsupport { $id }.
error-not-supported = Nu susțineți ideea #{ $id }, așa că nu aveți ce retrage. Ca s-o susțineți, trimiteți /support { $id }.
error-reply-too-deep = Puteți răspunde la un comentariu, dar nu și la un răspuns. Vă rugăm să răspundeți la comentariul inițial.

## Moderare

error-merge-into-itself = O idee nu poate fi comasată cu ea însăși — vă rugăm să alegeți două idei diferite.
error-merge-across-sprints = Aceste idei fac parte din sprinturi diferite, așa că nu pot fi comasate. Se pot comasa doar ideile din același sprint.
error-idea-merged = Ideea #{ $id } a fost comasată cu ideea #{ $into }, care este foarte asemănătoare, iar susținerile ei au trecut acolo. O puteți vedea cu /show { $into }.
error-already-visible = Acest element este deja vizibil pentru toată lumea — nu este nimic de aprobat sau de afișat din nou.
error-already-hidden = Acest element este deja ascuns. Ca să îl afișați din nou, folosiți /restore.
error-window-backwards = Data de închidere este înaintea datei de deschidere. Vă rugăm să verificați datele (de forma 2026-06-30) și să încercați din nou.
error-link-code-invalid = Codul nu este corect sau a expirat. Trimiteți /link în aplicația pe care o folosiți deja ca să primiți un cod nou, apoi trimiteți aici /link COD.
error-claim-code-invalid = Nu cunoaștem acest cod de revendicare. Verificați-l cu promotorul care a consemnat ideea: are șase caractere, litere și cifre, de exemplu K7Q2XM.
error-update-link-invalid = Acest link nu pare o adresă web. Scrieți adresa întreagă, care începe cu https://, fără spații.
error-already-claimed = Sunteți deja coautor al ideii #{ $id }.
error-already-linked = Acest cont este deja conectat la dumneavoastră — nu mai trebuie să faceți nimic.
error-not-on-yourself = Nu puteți face acest lucru asupra propriului cont — vă rugăm să cereți ajutorul altui moderator sau administrator.
error-already-banned = Membrul { $member } este deja blocat și nu poate posta.
error-not-banned = Membrul { $member } nu este blocat, așa că nu este nimic de anulat.
error-nothing-to-review = Nimic nu așteaptă verificarea — totul a fost verificat. Vă mulțumim!
error-stage-unchanged = Este deja în această etapă — nu s-a schimbat nimic.
error-pause-too-long = O pauză poate dura cel mult { $max ->
        [one] o zi
        [few] { $max } zile
       *[other] { $max } de zile
    }.
error-target-out-of-range = Termenul de răspuns poate fi de cel puțin o zi lucrătoare și de cel mult { $max ->
        [one] o zi lucrătoare
        [few] { $max } zile lucrătoare
       *[other] { $max } de zile lucrătoare
    }.
error-already-in-theme = Această idee face deja parte din tema aceasta.
error-challenge-in-other-sprint = Această provocare aparține altui sprint. Vă rugăm să alegeți una din acest sprint — /challenges le afișează.
error-theme-in-other-sprint = Această temă aparține altui sprint. Ideile și Ideile Mari pot folosi doar teme din propriul sprint — /theme list le afișează.

## Comenzi care nu au putut fi citite (ParseError). Adaptorul afișează apoi modul de folosire a comenzii.

parse-not-a-command = Comenzile încep cu o bară oblică, de exemplu /help. Ca să împărtășiți o idee, trimiteți /idea.
parse-unknown-command = Ne pare rău, nu cunosc comanda /{ $command }. Trimiteți /help ca să vedeți comenzile pe care le puteți folosi.
parse-missing-argument = Pentru /{ $command } este nevoie de { parse-argument }.
parse-bad-value = „{ $value }” nu se potrivește aici: pentru /{ $command } este nevoie de { parse-argument }.
parse-too-many-arguments = După /{ $command } ați scris mai mult decât poate folosi comanda. Vă rugăm să verificați comanda și să încercați din nou.

# Ce trebuie să fie argumentul unei comenzi; folosit în cele două mesaje de mai sus (aceleași argumente).
parse-argument =
    { $argument ->
        [idea] un număr de idee, de exemplu 12
        [comment] un număr de comentariu, de exemplu c34
        [target] un număr de idee (de exemplu 12) sau de comentariu (de exemplu c34)
        [of] un număr de idee (de exemplu 12) sau de Idee Mare (de exemplu b3)
        [outcome] un rezultat: under-consideration, prototyping, testing, adopted, scaled-and-spread sau not-taken-forward
        [note] o notă
        [into] numărul ideii cu care se face comasarea
        [text]
            { $command ->
                [comment] comentariul dumneavoastră
                [reply] răspunsul dumneavoastră
                [respond] răspunsul echipei
               *[other] un text
            }
        [reason] un motiv
        [frequency] weekly, daily sau off
        [language] o limbă, de exemplu ro (română), en (English) sau cy (Cymraeg)
        [challenge] un număr de provocare sau off
        [days] un număr de zile, de exemplu 7, sau off
        [zone] numele unui fus orar, de exemplu Europe/London sau America/New_York, sau off
        [sprint] un număr de sprint
        [theme] un număr de temă
        [themes] numere de teme despărțite prin virgulă, de exemplu 2,3
        [bigidea] un număr de Idee Mare
        [member] un număr de membru
        [role] un rol: member, champion, moderator sau admin
        [order] top, new sau mine
        [page] un număr de pagină
        [code] un cod de revendicare, de exemplu K7Q2XM
        [session] numele sesiunii, de exemplu Ședința secției 4, sau off
        [action]
            { $command ->
                [theme] cuvântul new, add sau list
                [bigidea] cuvântul new, stage sau list
                [stage] cuvântul sprint sau idea
                [challenge] cuvântul add
               *[other] cuvântul potrivit după comandă
            }
        [stage] o etapă, de exemplu testing sau scale and spread
        [opens] o dată de deschidere, de exemplu 2026-06-01
        [closes] o dată de închidere, de exemplu 2026-06-30
        [title] un titlu
        [format] csv sau json
        [when] now sau digest: imediat sau la începutul următorului rezumat
        [welsh] un titlu și un text în galeză, amândouă, după link (dacă nu există link, lăsați locul lui gol: Titlu | text || titlu în galeză | text în galeză)
       *[other] mai multe informații
    }

## Importul ideilor dintr-o sesiune de chat sau de conectare (o problemă pe rând; se afișează și rândul)

import-missing-column = Fișierul trebuie să aibă o coloană numită „{ $column }”. Adăugați-o în primul rând și importați din nou fișierul.
import-unreadable-row = Nu am putut citi acest rând. Verificați-l într-un program de calcul tabelar (mai ales ghilimelele) și importați din nou fișierul.
import-unknown-challenge = „{ $challenge }” nu este o provocare din acest sprint. Folosiți numărul provocării sau titlul ei exact — /challenges le afișează.
import-unknown-kind = „{ $kind }” nu este un tip cunoscut. Folosiți idea, experience sau good practice — sau lăsați câmpul gol pentru o idee.
error-web-not-configured = Tabloul de bord web nu este încă configurat aici: operatorul trebuie să stabilească adresa publică a panoului web (CROWDSPRINT_PUBLIC_URL).
error-sign-in-link-invalid = Acest link de acces a fost deja folosit sau a expirat. Trimiteți /web botului din chatul dumneavoastră ca să primiți unul nou.
error-outcome-needs-note = Dacă o idee nu este dusă mai departe, cei din spatele ei trebuie să afle motivul: adăugați o notă după rezultat.
