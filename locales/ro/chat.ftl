# Cuvintele comune boturilor de chat (Telegram și Discord): butoanele de pe fișele ideilor, din liste
# și din coada de verificare, și textele care însoțesc apăsarea lor. Etichetele butoanelor sunt
# scurte: un telefon afișează cam 30 de caractere dintr-un buton pe toată lățimea.

## Fișele ideilor

chat-button-support = 👍 Susțineți · { $count }
chat-button-supported = ✓ O susțineți · { $count }
chat-button-comment = 💬 Comentați
chat-button-follow = 🔔 Urmăriți
chat-button-following = ✓ O urmăriți
chat-button-similar = 🔎 Idei asemănătoare
chat-button-web = 🌐 Deschideți pe web

## Liste de idei

chat-list-heading =
    { $list ->
        [top] Ideile de top
        [new] Cele mai noi idei
       *[mine] Ideile dumneavoastră
    } · pagina { $page } din { $pages }
chat-button-open = #{ $id } { $title }
chat-button-previous = ◀
chat-button-next = ▶

## Postarea unei idei

chat-button-support-instead = 👍 #{ $id } { $title }
chat-button-post-anyway = Postez totuși ideea mea
chat-idea-similar-ask = Atingeți o idee ca s-o susțineți pe aceea sau postați-o totuși pe a dumneavoastră.

## Înregistrare

chat-button-consent-yes = ✓ Da, sunt de acord

## Echipa sprintului

chat-button-approve = ✓ Aprobați
chat-button-hide = 🙈 Ascundeți
chat-button-respond = 💬 Răspundeți
chat-review-idea-meta = { $kind } · de { $author } · { $date }

## Răspunsuri la apăsarea butoanelor (cel mult 200 de caractere: Telegram le afișează ca o scurtă notificare)

chat-callback-stale = Acest buton aparține unui mesaj mai vechi și nu mai funcționează. Vă rugăm să trimiteți din nou comanda.
chat-callback-invalid = Ne pare rău, butonul nu a funcționat. Vă rugăm să trimiteți din nou comanda.

## Conversații (botul în funcțiune)

chat-reg-ask-consent =
    Confidențialitate: păstrăm numele dumneavoastră, ce ați ales că vă descrie și ce postați, ca să putem desfășura acest sprint și să vă spunem ce se întâmplă cu ideile. Vă puteți descărca datele cu /mydata și le puteți șterge cu /forgetme oricând.
    Sunteți de acord?
chat-idea-posted = Vă mulțumim! Ideea dumneavoastră are numărul #{ $id }. Ceilalți o pot susține din fișa ei de mai jos.
chat-idea-posted-held =
    Vă mulțumim — ideea dumneavoastră a fost salvată cu numărul #{ $id }, dar o reținem până când o verifică cineva din echipă, pentru că ar putea conține date personale ({ $reasons }).
    Astfel îi protejăm pe pacienți și pe colegi. Veți afla imediat ce este publicată.
chat-withdrawn = Această idee a fost retrasă de echipa sprintului.
chat-card-more = … restul, cu toate comentariile: /show { $id } într-un chat privat cu mine.
chat-no-comments = Încă nu sunt comentarii. Atingeți 💬 Comentați ca să adăugați primul comentariu.
