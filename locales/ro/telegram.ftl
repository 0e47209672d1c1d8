# Cuvintele proprii ale botului Telegram: puținele texte care diferă de cele ale consolei, pentru că
# Telegram are butoane acolo unde consola are comenzi tastate. Tot restul vine din chat.ftl (comun
# cu Discord), core.ftl și errors.ftl. Etichetele butoanelor sunt scurte: un telefon afișează
# cam 30 de caractere dintr-un buton pe toată lățimea.

## Fișele ideilor


## Liste de idei

telegram-button-page = { $page }/{ $pages }

## Postarea unei idei


## Înregistrare


## Conversații (botul în funcțiune)

telegram-text-only = Deocamdată pot citi doar text. Trimiteți-vă ideea în cuvinte sau trimiteți /help ca să vedeți ce puteți face.
telegram-go-private = Să continuăm într-un chat privat, ca să nu aglomerăm grupul.
telegram-sent-privately = V-am răspuns într-un chat privat: doar dumneavoastră puteți vedea răspunsul.
telegram-button-open-private = 💬 Deschideți un chat privat
telegram-language-pick = Ce limbă preferați?
telegram-exported =
    { $table ->
        [updates] Noutăți de la echipă din sprintul { $sprint }: { $count }.
        [responses] Comentarii care așteaptă sau au primit un răspuns în sprintul { $sprint }: { $count }.
       *[ideas] { $count ->
            [one] O idee din sprintul { $sprint }.
            [few] { $count } idei din sprintul { $sprint }.
           *[other] { $count } de idei din sprintul { $sprint }.
        }
    }
telegram-no-similar = Încă nu există idei asemănătoare.
