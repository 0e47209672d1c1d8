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

## Gdy nie można wyświetlić strony

web-not-found-heading = Nie znaleziono strony
web-not-found = Nie ma tu nic do przeczytania. Ta treść mogła zostać przeniesiona lub scalona z innym pomysłem albo nie jest publiczna.
web-error-heading = Coś poszło nie tak
web-error = Przepraszamy, nie udało się wyświetlić tej strony. Spróbuj ponownie za minutę. Jeśli błąd będzie się powtarzał, podaj zespołowi sprintu ten kod: { $reference }
