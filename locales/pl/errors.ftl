### Co poszło nie tak i co zrobić dalej. Czytane na telefonie, często w przerwie: każdy komunikat
### ma być krótki, prosty i życzliwy, i zawsze mówić, jak to naprawić.

## Błędy w tym, co ktoś wpisał (UserError). $field to jeden z kluczy TextField.

error-text-empty =
    { $field ->
        [title] Tytuł nie może być pusty
        [body] Szczegóły nie mogą być puste
        [comment] Twój komentarz nie może być pusty
        [name] Twoje imię nie może być puste
        [reason] Powód nie może być pusty
        [description] Opis nie może być pusty
        [organisation] Nazwa organizacji nie może być pusta
        [region] Nazwa regionu nie może być pusta
       *[other] To pole nie może być puste
    }. Napisz kilka słów i spróbuj ponownie.

error-text-too-long =
    { $field ->
        [title] Tytuł jest za długi
        [body] Szczegóły są za długie
        [comment] Twój komentarz jest za długi
        [name] Twoje imię jest za długie
        [reason] Powód jest za długi
        [description] Opis jest za długi
        [organisation] Nazwa organizacji jest za długa
        [region] Nazwa regionu jest za długa
       *[other] Ten tekst jest za długi
    }: liczba znaków to { $actual }, a limit wynosi { $max }. Skróć tekst i spróbuj ponownie.

error-text-control-characters =
    { $field ->
        [title] Tytuł zawiera
        [body] Szczegóły zawierają
        [comment] Twój komentarz zawiera
        [name] Twoje imię zawiera
        [reason] Powód zawiera
        [description] Opis zawiera
        [organisation] Nazwa organizacji zawiera
        [region] Nazwa regionu zawiera
       *[other] Ten tekst zawiera
    } podział wiersza albo ukryty znak, którego nie możemy użyć. Wpisz to jeszcze raz zwykłym tekstem.

## Rejestracja i uprawnienia

error-not-registered = Najpierw musisz się zarejestrować — to zajmie tylko kilka sekund. Wyślij /start, aby zacząć.
error-already-registered = Masz już konto, więc nie trzeba nic więcej robić. Wyślij /help, aby zobaczyć, co możesz zrobić.
error-consent-required = Możemy Cię zarejestrować tylko wtedy, gdy zgodzisz się na przechowywanie Twoich danych. Wyślij /start, gdy zechcesz wyrazić zgodę.
error-not-allowed =
    Przepraszamy, to mogą zrobić tylko { $role ->
        [member] zarejestrowani uczestnicy
        [champion] ambasadorzy
        [moderator] moderatorzy
       *[admin] administratorzy
    }. Jeśli uważasz, że to powinno być dla Ciebie dostępne, zwróć się do koordynatora społeczności.
error-banned = Nadal możesz wszystko czytać, ale na razie nie możesz dodawać treści, popierać pomysłów ani komentować. Jeśli uważasz, że to pomyłka, skontaktuj się z koordynatorem społeczności.

## Rzeczy, których nie można znaleźć

error-sprint-not-found = Sprint { $id } nie istnieje — sprawdź numer poleceniem /sprints.
error-challenge-not-found = Wyzwanie { $id } nie istnieje — sprawdź numer poleceniem /challenges.
error-idea-not-found = Pomysł #{ $id } nie istnieje — sprawdź numer poleceniem /ideas.
error-comment-not-found = Komentarz c{ $id } nie istnieje — otwórz pomysł poleceniem /show, aby zobaczyć komentarze i ich numery.
error-theme-not-found = Temat { $id } nie istnieje — sprawdź numer poleceniem /theme list.
error-big-idea-not-found = Wielki Pomysł { $id } nie istnieje — sprawdź numer poleceniem /bigidea list.
error-member-not-found = Nie możemy znaleźć tego uczestnika — sprawdź numer uczestnika i spróbuj ponownie.

## Sprinty, poparcie i komentarze

error-sprint-not-open = Sprint { $id } nie jest teraz otwarty, więc nie przyjmuje nowych pomysłów ani poparcia. Nadal możesz czytać pomysły i je komentować. Wyślij /sprints, aby zobaczyć, który sprint jest otwarty.
error-no-open-sprint = Żaden sprint nie jest teraz otwarty, więc nie ma jeszcze gdzie dodawać pomysłów. Wyślij /sprints, aby zobaczyć, co się szykuje.
error-already-supported = Już popierasz pomysł #{ $id } — dziękujemy! Aby wycofać poparcie, wyślij /unsupport { $id }.
error-not-supported = Nie popierasz pomysłu #{ $id }, więc nie ma czego wycofywać. Aby go poprzeć, wyślij /support { $id }.
error-reply-too-deep = Możesz odpowiedzieć na komentarz, ale nie na odpowiedź. Odpowiedz na pierwotny komentarz.

## Moderacja

error-merge-into-itself = Nie można scalić pomysłu z nim samym — wybierz dwa różne pomysły.
error-merge-across-sprints = Te pomysły należą do różnych sprintów, więc nie można ich scalić. Scalać można tylko pomysły z tego samego sprintu.
error-idea-merged = Pomysł #{ $id } został scalony z bardzo podobnym pomysłem #{ $into } i jego poparcie zostało tam przeniesione. Zobacz go poleceniem /show { $into }.
error-already-visible = To jest już widoczne dla wszystkich — nie ma czego zatwierdzać ani przywracać.
error-already-hidden = To jest już ukryte. Aby znowu to pokazać, użyj /restore.
error-window-backwards = Data zamknięcia jest wcześniejsza niż data otwarcia. Sprawdź daty (w formacie 2026-06-30) i spróbuj ponownie.
error-link-code-invalid = Ten kod jest nieprawidłowy albo stracił ważność. Wyślij /link w aplikacji, której już używasz, aby dostać nowy kod, a potem wyślij tutaj /link KOD.
error-claim-code-invalid = Nie znamy takiego kodu współautorstwa. Sprawdź go u ambasadora, który zapisał pomysł: kod ma sześć znaków (litery i cyfry), np. K7Q2XM.
error-update-link-invalid = Ten link nie wygląda na adres strony internetowej. Podaj cały adres, zaczynający się od https://, bez spacji.
error-already-claimed = Jesteś już współautorem pomysłu #{ $id }.
error-already-linked = To konto jest już połączone z Twoim profilem — nie trzeba nic więcej robić.
error-not-on-yourself = Nie możesz tego zrobić na własnym koncie — poproś o to innego moderatora lub administratora.
error-already-banned = Uczestnik nr { $member } jest już zablokowany.
error-not-banned = Uczestnik nr { $member } nie jest zablokowany, więc nie ma czego cofać.
error-nothing-to-review = Nic nie czeka na sprawdzenie — wszystko zostało sprawdzone. Dziękujemy!
error-stage-unchanged = To jest już na tym etapie — nic się nie zmieniło.
error-pause-too-long = Przerwa może trwać najwyżej { $max } { $max ->
        [one] dzień
        [few] dni
        [many] dni
       *[other] dnia
    }.
error-target-out-of-range = Docelowy termin odpowiedzi może wynosić od 1 do { $max ->
        [one] { $max } dnia roboczego
        [few] { $max } dni roboczych
        [many] { $max } dni roboczych
       *[other] { $max } dnia roboczego
    }.
error-already-in-theme = Ten pomysł jest już w tym temacie.
error-challenge-in-other-sprint = To wyzwanie należy do innego sprintu. Wybierz wyzwanie z tego sprintu — ich listę pokazuje /challenges.
error-theme-in-other-sprint = Ten temat należy do innego sprintu. Pomysły i Wielkie Pomysły mogą korzystać tylko z tematów swojego sprintu — ich listę pokazuje /theme list.

## Polecenia, których nie udało się odczytać (ParseError). Adapter pokazuje potem, jak użyć polecenia.

parse-not-a-command = Polecenia zaczynają się od ukośnika, np. /help. Aby podzielić się pomysłem, wyślij /idea.
parse-unknown-command = Niestety nie znam polecenia /{ $command }. Wyślij /help, aby zobaczyć polecenia, których możesz używać.
parse-missing-argument = Po /{ $command } podaj jeszcze { parse-argument }.
parse-bad-value = „{ $value }” nie pasuje w tym miejscu: po /{ $command } podaj { parse-argument }.
parse-too-many-arguments = Po /{ $command } wpisano więcej, niż to polecenie potrzebuje. Sprawdź polecenie i spróbuj ponownie.

# Czym powinien być argument polecenia; używane w dwóch komunikatach powyżej (te same argumenty).
# W bierniku, bo stoi po „podaj”.
parse-argument =
    { $argument ->
        [idea] numer pomysłu, np. 12
        [comment] numer komentarza, np. c34
        [target] numer pomysłu (np. 12) albo komentarza (np. c34)
        [of] numer pomysłu (np. 12) albo Wielkiego Pomysłu (np. b3)
        [outcome] rezultat: under-consideration, prototyping, testing, adopted, scaled-and-spread albo not-taken-forward
        [note] notatkę
        [into] numer pomysłu, z którym ma nastąpić scalenie
        [text]
            { $command ->
                [comment] treść komentarza
                [reply] treść swojej odpowiedzi
                [respond] odpowiedź zespołu
               *[other] jakiś tekst
            }
        [reason] powód
        [frequency] weekly, daily albo off
        [language] kod języka, np. pl (polski) albo en (English)
        [challenge] numer wyzwania albo off
        [days] liczbę dni, np. 7, albo off
        [zone] nazwę strefy czasowej, np. Europe/London albo America/New_York, albo off
        [sprint] numer sprintu
        [theme] numer tematu
        [themes] numery tematów rozdzielone przecinkami, np. 2,3
        [bigidea] numer Wielkiego Pomysłu
        [member] numer uczestnika
        [role] rolę: member, champion, moderator albo admin
        [order] top, new albo mine
        [page] numer strony
        [code] kod współautorstwa, np. K7Q2XM
        [session] nazwę spotkania, np. Odprawa na oddziale 4, albo off
        [action]
            { $command ->
                [theme] słowo new, add albo list
                [bigidea] słowo new, stage albo list
                [stage] słowo sprint albo idea
                [challenge] słowo add
               *[other] właściwe słowo po poleceniu
            }
        [stage] etap, np. testing albo scale and spread
        [opens] datę otwarcia, np. 2026-06-01
        [closes] datę zamknięcia, np. 2026-06-30
        [title] tytuł
        [format] csv albo json
        [when] now albo digest: od razu albo na początku najbliższego podsumowania
        [welsh] tytuł i tekst po walijsku — oba, po linku (jeśli nie ma linku, zostaw jego miejsce puste: Tytuł | tekst || tytuł po walijsku | tekst po walijsku)
       *[other] coś więcej
    }

## Import pomysłów z czatu lub spotkania (jeden problem na wiersz; pokazywany jest też sam wiersz)

import-missing-column = W pliku brakuje kolumny „{ $column }”. Dodaj ją w pierwszym wierszu i zaimportuj plik ponownie.
import-unreadable-row = Nie udało się odczytać tego wiersza. Sprawdź go w arkuszu kalkulacyjnym (zwłaszcza cudzysłowy) i zaimportuj plik ponownie.
import-unknown-challenge = „{ $challenge }” nie jest wyzwaniem w tym sprincie. Użyj numeru wyzwania albo jego dokładnego tytułu — ich listę pokazuje /challenges.
import-unknown-kind = „{ $kind }” to nieznany rodzaj. Użyj idea, experience albo good practice — albo zostaw to pole puste, jeśli to pomysł.
error-web-not-configured = Panel internetowy nie jest tu jeszcze skonfigurowany: operator usługi musi podać publiczny adres tablicy (CROWDSPRINT_PUBLIC_URL).
error-sign-in-link-invalid = Ten link dostępu został już użyty albo wygasł. Wyślij /web do bota na swoim czacie, aby dostać nowy.
error-outcome-needs-note = Jeśli pomysł nie będzie dalej rozwijany, osoby, które za nim stoją, powinny poznać powód: dopisz notatkę po rezultacie.
