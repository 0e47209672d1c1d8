# Słowa wspólne dla botów czatowych (Telegram i Discord): przyciski na kartach pomysłów, listach
# i w kolejce do sprawdzenia oraz teksty po ich naciśnięciu. Etykiety przycisków są krótkie:
# telefon pokazuje około 30 znaków przycisku na całą szerokość.

## Karty pomysłów

chat-button-support = 👍 Poprzyj · { $count }
chat-button-supported = ✓ Popierasz · { $count }
chat-button-comment = 💬 Skomentuj
chat-button-follow = 🔔 Obserwuj
chat-button-following = ✓ Obserwujesz
chat-button-similar = 🔎 Podobne pomysły
chat-button-web = 🌐 Otwórz w przeglądarce

## Listy pomysłów

chat-list-heading =
    { $list ->
        [top] Najpopularniejsze pomysły
        [new] Najnowsze pomysły
       *[mine] Twoje pomysły
    } · strona { $page } z { $pages }
chat-button-open = #{ $id } { $title }
chat-button-previous = ◀
chat-button-next = ▶

## Dodawanie pomysłu

chat-button-support-instead = 👍 #{ $id } { $title }
chat-button-post-anyway = Mimo to dodaj mój
chat-idea-similar-ask = Wybierz pomysł, aby go poprzeć, albo mimo to dodaj swój.

## Rejestracja

chat-button-consent-yes = ✓ Tak, zgadzam się

## Zespół sprintu

chat-button-approve = ✓ Zatwierdź
chat-button-hide = 🙈 Ukryj
chat-button-respond = 💬 Odpowiedz
chat-review-idea-meta = { $kind } · autor: { $author } · { $date }

## Odpowiedzi na naciśnięcie przycisku (najwyżej 200 znaków: Telegram pokazuje je jako krótki komunikat)

chat-callback-stale = Ten przycisk pochodzi ze starszej wiadomości i już nie działa. Wyślij polecenie jeszcze raz.
chat-callback-invalid = Przepraszamy, ten przycisk nie zadziałał. Wyślij polecenie jeszcze raz.

## Rozmowy (działający bot)

chat-reg-ask-consent =
    Prywatność: przechowujemy Twoje imię, informację o tym, kim jesteś, i to, co dodajesz, aby prowadzić ten sprint i informować Cię, co dzieje się z pomysłami. W każdej chwili możesz pobrać swoje dane poleceniem /mydata i usunąć je poleceniem /forgetme.
    Czy wyrażasz zgodę?
chat-idea-posted = Dziękujemy! Twój pomysł ma numer #{ $id }. Inni mogą go poprzeć na karcie poniżej.
chat-idea-posted-held =
    Dziękujemy — Twój pomysł został zapisany jako #{ $id }, ale wstrzymujemy go, dopóki ktoś z zespołu go nie sprawdzi, bo może zawierać dane osobowe ({ $reasons }).
    To chroni pacjentów i współpracowników. Damy Ci znać, gdy tylko zostanie opublikowany.
chat-withdrawn = Zespół sprintu wycofał ten pomysł.
chat-card-more = … całość ze wszystkimi komentarzami: /show { $id } na czacie prywatnym ze mną.
chat-no-comments = Nie ma jeszcze komentarzy. Naciśnij 💬 Skomentuj, aby dodać pierwszy.
