# Słowa tablicy internetowej: publiczne strony, które każdy może czytać bez dołączania do czatu.
# Tytuły, etapy, liczby i szczegóły pomysłów pochodzą z core.ftl, tak jak w czatach.

web-site-name = crowdsprint
web-skip-link = Przejdź do głównej treści
web-language = Język
web-footer = Pomysły osób, które zapewniają opiekę lub z niej korzystają, opublikowane przez ich autorów. Dołącz do sprintu na Telegramie lub Discordzie, aby dodawać pomysły, popierać je i komentować.
web-breadcrumbs = Gdzie jesteś

## Lista sprintów

web-sprints-heading = Sprinty
web-sprints-intro = Każdy sprint zadaje kilka pytań, które nazywamy wyzwaniami. Przeczytaj, co zaproponowały inne osoby i co odpowiedział im zespół sprintu.
web-no-sprints = Nie ma jeszcze żadnych sprintów do przeczytania.

## Sprint

web-challenges-heading = Wyzwania
web-themes-heading = Tematy
web-big-ideas-heading = Wielkie Pomysły
web-updates-heading = Od zespołu sprintu
web-theme-ideas =
    { $count ->
        [one] { $count } pomysł
        [few] { $count } pomysły
        [many] { $count } pomysłów
       *[other] { $count } pomysłu
    }
web-all-sprints = Wszystkie sprinty

## Wyzwanie

web-order-top = Najczęściej popierane
web-order-new = Najnowsze
web-order-label = Kolejność pomysłów
web-no-ideas = W tym wyzwaniu nie opublikowano jeszcze żadnych pomysłów.
web-page = Strona { $page } z { $pages }
web-previous = Poprzednia strona
web-next = Następna strona
web-pages = Strony

## Pomysł

web-supporters =
    { $count ->
        [0] bez poparcia
        [one] popiera { $count } osoba
        [few] popierają { $count } osoby
        [many] popiera { $count } osób
       *[other] popiera { $count } osoby
    }
web-comment-count =
    { $count ->
        [one] { $count } komentarz
        [few] { $count } komentarze
        [many] { $count } komentarzy
       *[other] { $count } komentarza
    }
web-comments-heading = Komentarze i odpowiedzi
web-no-comments = Nie ma jeszcze komentarzy.
web-response = Odpowiedź zespołu sprintu
web-stage = Etap: { $stage }
web-themes = Tematy: { $themes }
web-outcome-heading = Co się z nim stało

## Gdy nie można wyświetlić strony

web-not-found-heading = Nie znaleziono strony
web-not-found = Nie ma tu nic do przeczytania. Ta treść mogła zostać przeniesiona lub scalona z innym pomysłem albo nie jest publiczna.
web-error-heading = Coś poszło nie tak
web-error = Przepraszamy, nie udało się wyświetlić tej strony. Spróbuj ponownie za minutę. Jeśli błąd będzie się powtarzał, podaj zespołowi sprintu ten kod: { $reference }

## Panel zespołu (/staff): ambasadorzy, moderatorzy i administratorzy, z dostępem przez /web

web-sign-in-heading = Wejście do panelu zespołu
web-sign-in-intro = Ten link jest tylko dla Ciebie i działa jeden raz. Naciśnij przycisk, aby wejść do panelu na tym urządzeniu. Dostęp pozostanie otwarty przez { $hours } { $hours ->
        [one] godzinę
        [few] godziny
        [many] godzin
       *[other] godziny
    }.
web-sign-in-button = Wejdź
web-signed-out-heading = Wylogowano
web-signed-out = Aby korzystać z panelu zespołu, wyślij /web do bota na swoim czacie. Bot odeśle Ci link dostępu, który działa jeden raz, przez { $minutes } { $minutes ->
        [one] minutę
        [few] minuty
        [many] minut
       *[other] minuty
    }.
web-staff-heading = Panel zespołu
web-staff-signed-in = Jesteś w panelu jako { $role }
web-staff-sign-out = Wyloguj się
web-staff-sprint = Sprint
web-staff-show = Pokaż
web-staff-review-heading = Czeka na sprawdzenie
web-staff-awaiting-heading = Czeka na odpowiedź
web-staff-awaiting-count =
    { $count ->
        [one] { $count } komentarz czeka na odpowiedź zespołu.
        [few] { $count } komentarze czekają na odpowiedź zespołu.
        [many] { $count } komentarzy czeka na odpowiedź zespołu.
       *[other] { $count } komentarza czeka na odpowiedź zespołu.
    }
web-staff-idea = Pomysł #{ $id }: { $title }
web-staff-comment = Komentarz c{ $id } do „{ $title }”
web-staff-waiting = { $author } · czas oczekiwania: { $age }
wait-length =
    { $unit ->
        [minutes] { $count ->
            [one] { $count } minuta
            [few] { $count } minuty
            [many] { $count } minut
           *[other] { $count } minuty
        }
        [hours] { $count ->
            [one] { $count } godzina
            [few] { $count } godziny
            [many] { $count } godzin
           *[other] { $count } godziny
        }
       *[days] { $count ->
            [one] { $count } dzień
            [few] { $count } dni
            [many] { $count } dni
           *[other] { $count } dnia
        }
    }
web-staff-held = Wstrzymane: może zawierać dane osobowe
web-staff-approve = Zatwierdź
web-staff-hide = Ukryj
web-staff-hide-reason = Powód ukrycia (autor go zobaczy)
web-staff-respond = Odpowiedz
web-staff-response = Twoja odpowiedź (widoczna publicznie jako odpowiedź zespołu sprintu)
web-staff-done =
    { $action ->
        [approve] Zatwierdzono { $target }.
        [hide] Ukryto { $target }. Autor dowie się, dlaczego.
       *[respond] Zapisano Twoją odpowiedź na { $target }. Autor dostanie powiadomienie, gdy zostanie ona opublikowana.
    }
web-staff-failed-heading = Nie udało się tego zrobić
web-staff-stale-form = Ten formularz wygasł. Wróć do panelu, odśwież stronę i spróbuj ponownie.
web-staff-unknown-target = Nie znamy takiego pomysłu ani komentarza.
web-staff-charts-heading = Wykresy
web-chart-activity = Aktywność w czasie
web-chart-challenges = Pomysły i osoby popierające w poszczególnych wyzwaniach
web-chart-described = Kto wziął udział
web-chart-responses = Czas do pierwszej odpowiedzi
web-chart-data = Dane liczbowe tego wykresu
web-chart-day = Dzień
web-chart-ideas = Pomysły
web-chart-comments = Komentarze
web-chart-votes = Głosy poparcia
web-chart-supporters = Osoby popierające
web-chart-people = Osoby
web-chart-challenge = Wyzwanie
web-chart-describes = Opisuje siebie jako
web-chart-wait = Czas oczekiwania
web-chart-answered = Komentarze z odpowiedzią
web-wait-band =
    { $band ->
        [day] Do 1 dnia
        [two-days] Od 1 do 2 dni
        [five-days] Od 2 do 5 dni
        [ten-days] Od 5 do 10 dni
       *[more] Ponad 10 dni
    }
web-staff-downloads = Pobierz
web-staff-download =
    { $table ->
        [updates] Komunikaty zespołu
        [responses] Czas oczekiwania każdego komentarza na odpowiedź
       *[ideas] Pomysły i komentarze ze sprintu
    } ({ $format ->
        [csv] CSV, do arkusza kalkulacyjnego
       *[json] JSON
    })

## Udział z poziomu tablicy

web-join-telegram = Poprzyj go lub skomentuj na Telegramie
