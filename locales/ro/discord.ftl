# Cuvintele proprii ale botului Discord: descrierile comenzilor și ale opțiunilor (cel mult 100 de
# caractere: limita Discord), titlurile și etichetele formularelor (cel mult 45) și puținele răspunsuri
# care diferă de cele de pe Telegram. Etichetele butoanelor și majoritatea răspunsurilor sunt comune
# cu chat.ftl și core.ftl.

## Descrierile comenzilor, afișate în lista de comenzi a Discord

discord-describe-help = Vedeți ce puteți face aici
discord-describe-register = Înregistrați-vă în crowdsprint: un formular scurt, apoi puteți împărtăși și susține idei
discord-describe-sprint = Vedeți un sprint: datele, cifrele și provocările lui
discord-describe-sprints = Lista tuturor sprinturilor și etapa fiecăruia
discord-describe-challenges = Vedeți provocările la care puteți răspunde
discord-describe-idea = Împărtășiți o idee, o experiență sau o bună practică
discord-describe-ideas = Răsfoiți ideile: de top, cele mai noi sau ale dumneavoastră
discord-describe-show = Deschideți o idee cu comentariile ei
discord-describe-support = Susțineți o idee
discord-describe-unsupport = Retrageți-vă susținerea pentru o idee
discord-describe-comment = Comentați o idee
discord-describe-reply = Răspundeți la un comentariu
discord-describe-follow = Aflați despre comentariile noi și schimbările unei idei
discord-describe-unfollow = Nu mai urmăriți o idee
discord-describe-mute = Opriți toate notificările despre o idee
discord-describe-unmute = Primiți din nou notificări despre o idee
discord-describe-subscribe = Primiți rezumatul săptămânal, zilnic sau deloc
discord-describe-pause = Opriți notificările pentru câteva zile (sau „off” ca să le reporniți)
discord-describe-timezone = Fusul orar pentru rezumate și orele de liniște (sau „off”)
discord-describe-language = Alegeți limba în care vă răspund
discord-describe-link = Conectați acest cont la profilul crowdsprint din altă aplicație
discord-describe-outcomes = Ce s-a întâmplat cu ideile: rezultatele consemnate de echipă
discord-describe-claim = Deveniți coautor al unei idei consemnate de un promotor pentru grupul dumneavoastră
discord-describe-updates = Noutățile de la echipa sprintului, cele mai recente întâi
discord-describe-mydata = Descărcați toate datele pe care le avem despre dumneavoastră
discord-describe-forgetme = Ștergeți-vă datele
discord-describe-mod = Coordonați sprintul: verificare, răspunsuri, moderare, export
discord-describe-mod-review = Vedeți ce așteaptă verificarea
discord-describe-mod-approve = Aprobați o idee (12) sau un comentariu (c12)
discord-describe-mod-respond = Răspundeți în numele echipei sprintului
discord-describe-mod-hide = Ascundeți o idee sau un comentariu, cu un motiv
discord-describe-mod-restore = Afișați din nou o idee sau un comentariu ascuns
discord-describe-mod-awaiting = Comentarii care încă așteaptă un răspuns
discord-describe-mod-stats = Cifrele unui sprint
discord-describe-mod-outcome = Consemnați ce s-a întâmplat cu o idee sau cu o Idee Mare
discord-describe-mod-update = Scrieți celor din sprint: acum sau la începutul următorului rezumat
discord-describe-mod-web = Un link de acces la tabloul de bord al echipei
discord-describe-mod-capture = Consemnați idei în numele unui grup; „off” încheie sesiunea
discord-describe-mod-merge = Comasați o idee cu alta; susținătorii ei trec odată cu ea
discord-describe-mod-theme = Teme: „new SPRINT Nume | descriere” sau „add TEMĂ IDEE”
discord-describe-mod-bigidea = Idei Mari: „new SPRINT TEME Titlu | descriere” sau „stage ID ETAPĂ”
discord-describe-mod-stage = Treceți un sprint sau o idee în altă etapă: „sprint 3 theming” sau „idea 12 testing”
discord-describe-mod-sprint = Sprinturi: „new START SFÂRȘIT Titlu | descriere” sau „window ID START SFÂRȘIT”
discord-describe-mod-challenge = Adăugați o provocare: „add SPRINT Titlu | descriere”
discord-describe-mod-ban = Opriți participarea unui membru
discord-describe-mod-unban = Permiteți-i unui membru să participe din nou
discord-describe-mod-export = Descărcați ideile unui sprint în format CSV sau JSON
discord-describe-mod-audit = Cele mai recente acțiuni de moderare
discord-describe-mod-deliveries = Coada de notificări și livrările eșuate
discord-describe-mod-announce = Postați ideile noi în acest canal sau în alt canal ori forum („off” ca să opriți)
discord-describe-mod-role = Atribuiți un rol unui membru

## Descrierile opțiunilor

discord-option-command = O comandă, ca să vedeți cum se folosește
discord-option-describes = Ce vă descrie cel mai bine
discord-option-sprint = Numărul sprintului
discord-option-challenge = Provocarea la care răspunde ideea dumneavoastră
discord-option-kind = Idee, experiență sau bună practică
discord-option-list = Ce idei
discord-option-page = Numărul paginii
discord-option-idea = Numărul ideii
discord-option-comment = Numărul comentariului
discord-option-text = Ce doriți să spuneți
discord-option-frequency = Cât de des
discord-option-days = Numărul de zile sau off
discord-option-zone = Un fus orar, de exemplu Europe/London, sau off
discord-option-language = Limba
discord-option-code = Codul primit de la /link în cealaltă aplicație
discord-option-claim_code = Codul de revendicare dat grupului dumneavoastră de promotor
discord-option-session = Numele sesiunii (ședință scurtă, vizită pe secție) sau „off” ca s-o încheiați
discord-option-target = O idee (12) sau un comentariu (c12)
discord-option-reason = De ce: autorul va afla motivul
discord-option-details = Restul comenzii
discord-option-into = Ideea cu care se comasează
discord-option-member = Numărul membrului
discord-option-format = Formatul fișierului
discord-option-role = Rolul nou
discord-option-of = O idee (12) sau o Idee Mare (b3)
discord-option-outcome = Ce s-a întâmplat cu ea
discord-option-when = Acum, către fiecare abonat, sau în următorul rezumat
discord-option-table = Ideile (implicit), noutățile de la echipă sau timpii de răspuns
discord-option-note = O notă publică: de ce, dacă nu este dusă mai departe

## Formulare

discord-form-register = Înregistrare în crowdsprint
discord-form-name = Numele afișat celorlalți
discord-form-organisation = Organizația (opțional)
discord-form-region = Regiunea (opțional)
discord-form-idea = Împărtășiți ideea dumneavoastră
discord-form-idea-title = Titlu
discord-form-idea-body = Detalii: ce ați schimba și de ce?
discord-form-comment = Comentariu
discord-form-respond = Răspundeți în numele echipei sprintului
discord-form-hide = Ascundeți
discord-form-reason = Motivul (autorul îl va afla)
discord-form-text = Textul dumneavoastră
discord-form-update =
    { $when ->
        [now] Noutate de la echipă: trimisă acum
       *[digest] Noutate de la echipă: în următorul rezumat
    }
discord-form-update-title = Titlu
discord-form-update-body = Noutatea
discord-form-update-link = Link pentru detalii (opțional, https://…)
discord-form-update-welsh-title = Titlu în galeză (opțional)
discord-form-update-welsh-body = Text în galeză (cu titlu în galeză)
discord-update-welsh-both = Dați titlul și textul în galeză împreună sau niciunul: nu s-a trimis nimic.

## Fișe și răspunsuri

discord-field-challenge = Provocare
discord-field-kind = Tip
discord-field-stage = Etapă
discord-field-themes = Teme
discord-comment-by = c{ $id } · { $author }
discord-response-by = ⭐ c{ $id } · { $author } (echipa sprintului)
discord-no-comments = Încă nu sunt comentarii. Apăsați 💬 Comentați ca să adăugați primul comentariu.
discord-no-similar = Deocamdată nu există idei asemănătoare.
discord-help-staff = Pentru echipa sprintului:
discord-reg-intro = Bun venit pe crowdsprint! Împărtășiți idei care ar putea îmbunătăți îngrijirea, susțineți-le pe cele cu care sunteți de acord și aflați ce se întâmplă cu ele.
discord-registered = Bun venit, { $name }! Folosiți /idea ca să împărtășiți o idee, /ideas ca să vedeți ce au spus alții sau /help pentru toate opțiunile.
discord-use-register = Pe Discord, folosiți /register ca să vă înregistrați și /idea ca să împărtășiți o idee.
discord-button-forget = Ștergeți-mi datele
discord-export-ready = Fișierul este atașat: { $rows ->
        [one] un rând
        [few] { $rows } rânduri
       *[other] { $rows } de rânduri
    }.
discord-unsupported = Ne pare rău, deocamdată nu pot face acest lucru aici.
discord-not-registered = Mai întâi trebuie să vă înregistrați — durează doar câteva secunde. Folosiți /register ca să începeți.

## Mesaje în canalele serverului (modul gateway)
discord-offer-idea = 💡 Doriți să postați acest mesaj ca idee, pentru ca alții să o poată susține, iar echipa sprintului să poată răspunde?
discord-offer-button = Postați ca idee
discord-offer-pick = Pentru ce provocare este?
discord-offer-not-yours = Doar persoana care a scris mesajul îl poate posta ca idee.
discord-forum-comment-held = comentariul dumneavoastră pare să conțină date personale (de exemplu un număr NHS), așa că a fost retras până când îl verifică un moderator. Vă rugăm să îl postați din nou fără aceste date.
discord-option-channel = Canalul sau forumul în care se postează ideile noi (dacă lipsește, acest canal)
