# Własne słowa bota Discord: opisy poleceń i opcji (najwyżej 100 znaków: limit Discorda), tytuły
# i etykiety formularzy (najwyżej 45) oraz kilka odpowiedzi, które różnią się od telegramowych.
# Etykiety przycisków i większość odpowiedzi są wspólne z chat.ftl i core.ftl.

## Opisy poleceń, widoczne w wyborze poleceń Discorda

discord-describe-help = Zobacz, co możesz tu zrobić
discord-describe-register = Zarejestruj się w crowdsprint: krótki formularz, a potem dziel się pomysłami i popieraj je
discord-describe-sprint = Zobacz sprint: daty, statystyki i wyzwania
discord-describe-sprints = Zobacz listę wszystkich sprintów i ich etapów
discord-describe-challenges = Zobacz wyzwania, na które możesz odpowiedzieć
discord-describe-idea = Podziel się pomysłem, doświadczeniem lub dobrą praktyką
discord-describe-ideas = Przeglądaj pomysły: najpopularniejsze, najnowsze albo własne
discord-describe-show = Otwórz pomysł razem z komentarzami
discord-describe-support = Poprzyj pomysł
discord-describe-unsupport = Wycofaj swoje poparcie dla pomysłu
discord-describe-comment = Skomentuj pomysł
discord-describe-reply = Odpowiedz na komentarz
discord-describe-follow = Dostawaj powiadomienia o nowych komentarzach i zmianach w pomyśle
discord-describe-unfollow = Przestań obserwować pomysł
discord-describe-mute = Wyłącz wszystkie powiadomienia o jednym pomyśle
discord-describe-unmute = Znowu dostawaj powiadomienia o pomyśle
discord-describe-subscribe = Dostawaj podsumowanie co tydzień, codziennie albo wcale
discord-describe-pause = Wstrzymaj powiadomienia na kilka dni (albo „off”, aby je wznowić)
discord-describe-timezone = Twoja strefa czasowa dla podsumowań i godzin ciszy (albo „off”)
discord-describe-language = Wybierz język, w którym mam odpowiadać
discord-describe-link = Połącz to konto ze swoim profilem crowdsprint w innej aplikacji
discord-describe-outcomes = Co stało się z pomysłami: rezultaty zapisane przez zespół
discord-describe-claim = Zostań współautorem pomysłu, który ambasador zapisał w imieniu Twojej grupy
discord-describe-updates = Komunikaty zespołu sprintu, od najnowszych
discord-describe-mydata = Pobierz wszystkie dane, jakie o Tobie przechowujemy
discord-describe-forgetme = Usuń swoje dane
discord-describe-mod = Prowadź sprint: sprawdzaj, odpowiadaj, moderuj, eksportuj
discord-describe-mod-review = Zobacz, co czeka na sprawdzenie
discord-describe-mod-approve = Zatwierdź pomysł (12) lub komentarz (c12)
discord-describe-mod-respond = Odpowiedz w imieniu zespołu sprintu
discord-describe-mod-hide = Ukryj pomysł lub komentarz, podając powód
discord-describe-mod-restore = Pokaż znowu ukryty pomysł lub komentarz
discord-describe-mod-awaiting = Komentarze, które wciąż czekają na odpowiedź
discord-describe-mod-stats = Statystyki sprintu
discord-describe-mod-outcome = Zapisz, co stało się z pomysłem lub Wielkim Pomysłem
discord-describe-mod-update = Napisz do uczestników sprintu: od razu albo na początku najbliższego podsumowania
discord-describe-mod-web = Link dostępu do panelu zespołu
discord-describe-mod-capture = Zapisuj pomysły w imieniu grupy; „off” kończy zapisywanie
discord-describe-mod-merge = Scal jeden pomysł z innym; jego poparcie przejdzie razem z nim
discord-describe-mod-theme = Tematy: „new SPRINT Nazwa | opis” albo „add TEMAT POMYSŁ”
discord-describe-mod-bigidea = Wielkie Pomysły: „new SPRINT TEMATY Tytuł | opis” albo „stage ID ETAP”
discord-describe-mod-stage = Przenieś sprint lub pomysł dalej: „sprint 3 theming” albo „idea 12 testing”
discord-describe-mod-sprint = Sprinty: „new OTWARCIE ZAMKNIĘCIE Tytuł | opis” albo „window ID OTWARCIE ZAMKNIĘCIE”
discord-describe-mod-challenge = Dodaj wyzwanie: „add SPRINT Tytuł | opis”
discord-describe-mod-ban = Zablokuj uczestnikowi możliwość udziału
discord-describe-mod-unban = Pozwól uczestnikowi znowu brać udział
discord-describe-mod-export = Pobierz pomysły ze sprintu jako CSV lub JSON
discord-describe-mod-audit = Ostatnie działania moderacyjne
discord-describe-mod-deliveries = Kolejka powiadomień i doręczenia, które się nie powiodły
discord-describe-mod-announce = Ogłaszaj nowe pomysły na tym albo innym kanale lub forum („off” wyłącza)
discord-describe-mod-role = Nadaj uczestnikowi rolę

## Opisy opcji

discord-option-command = Polecenie, którego użycie chcesz zobaczyć
discord-option-describes = Co najlepiej Cię opisuje
discord-option-sprint = Numer sprintu
discord-option-challenge = Wyzwanie, na które odpowiada Twój pomysł
discord-option-kind = Pomysł, doświadczenie lub dobra praktyka
discord-option-list = Które pomysły
discord-option-page = Numer strony
discord-option-idea = Numer pomysłu
discord-option-comment = Numer komentarza
discord-option-text = Co chcesz powiedzieć
discord-option-frequency = Jak często
discord-option-days = Liczba dni albo off
discord-option-zone = Strefa czasowa, np. Europe/London, albo off
discord-option-language = Język
discord-option-code = Kod, który /link podał Ci w innej aplikacji
discord-option-claim_code = Kod współautorstwa, który ambasador dał Twojej grupie
discord-option-session = Nazwa spotkania (odprawa, obchód) albo „off”, aby zakończyć
discord-option-target = Pomysł (12) lub komentarz (c12)
discord-option-reason = Powód: autor go zobaczy
discord-option-details = Reszta polecenia
discord-option-into = Pomysł, z którym ma zostać scalony
discord-option-member = Numer uczestnika
discord-option-format = Format pliku
discord-option-role = Nowa rola
discord-option-of = Pomysł (12) lub Wielki Pomysł (b3)
discord-option-outcome = Co się z nim stało
discord-option-when = Od razu do wszystkich osób z subskrypcją albo w najbliższym podsumowaniu
discord-option-table = Pomysły (domyślnie), komunikaty zespołu albo czasy odpowiedzi
discord-option-note = Publiczna notatka: powód, jeśli pomysł nie będzie dalej rozwijany

## Formularze

discord-form-register = Rejestracja w crowdsprint
discord-form-name = Twoje imię, tak jak zobaczą je inni
discord-form-organisation = Organizacja (opcjonalnie)
discord-form-region = Region (opcjonalnie)
discord-form-idea = Podziel się pomysłem
discord-form-idea-title = Tytuł
discord-form-idea-body = Opowiedz więcej: co zmienić i dlaczego?
discord-form-comment = Komentarz
discord-form-respond = Odpowiedź w imieniu zespołu sprintu
discord-form-hide = Ukryj
discord-form-reason = Powód (autor go zobaczy)
discord-form-text = Treść
discord-form-update =
    { $when ->
        [now] Komunikat zespołu: wysyłka od razu
       *[digest] Komunikat zespołu: w najbliższym podsumowaniu
    }
discord-form-update-title = Tytuł
discord-form-update-body = Treść komunikatu
discord-form-update-link = Link do szczegółów (opcjonalnie, https://…)
discord-form-update-welsh-title = Tytuł po walijsku (opcjonalnie)
discord-form-update-welsh-body = Tekst po walijsku (razem z tytułem)
discord-update-welsh-both = Podaj tytuł i tekst po walijsku razem albo nie podawaj żadnego z nich — nic nie zostało wysłane.

## Karty i odpowiedzi

discord-field-challenge = Wyzwanie
discord-field-kind = Rodzaj
discord-field-stage = Etap
discord-field-themes = Tematy
discord-comment-by = c{ $id } · { $author }
discord-response-by = ⭐ c{ $id } · { $author } (zespół sprintu)
discord-no-comments = Nie ma jeszcze komentarzy. Naciśnij 💬 Skomentuj, aby dodać pierwszy.
discord-no-similar = Na razie nie ma podobnych pomysłów.
discord-help-staff = Dla zespołu sprintu:
discord-reg-intro = Witamy w crowdsprint! Dziel się pomysłami, które mogą poprawić opiekę, popieraj te, z którymi się zgadzasz, i dowiaduj się, co się z nimi dzieje.
discord-registered = Witaj, { $name }! Użyj /idea, aby podzielić się pomysłem, /ideas, aby zobaczyć, co proponują inni, albo /help, aby zobaczyć wszystkie możliwości.
discord-use-register = Na Discordzie użyj /register, aby się zarejestrować, i /idea, aby podzielić się pomysłem.
discord-button-forget = Usuń moje dane
discord-export-ready = W załączniku: { $rows } { $rows ->
        [one] wiersz
        [few] wiersze
        [many] wierszy
       *[other] wiersza
    }.
discord-unsupported = Przepraszamy, tutaj jeszcze nie da się tego zrobić.
discord-not-registered = Najpierw musisz się zarejestrować — to zajmie tylko kilka sekund. Użyj /register, aby zacząć.

## Wiadomości na kanałach serwera (tryb gateway)
discord-offer-idea = 💡 Czy chcesz dodać to jako pomysł, aby inni mogli go poprzeć, a zespół sprintu odpowiedzieć?
discord-offer-button = Dodaj jako pomysł
discord-offer-pick = Którego wyzwania to dotyczy?
discord-offer-not-yours = Tylko osoba, która napisała tę wiadomość, może dodać ją jako pomysł.
discord-forum-comment-held = Twój komentarz może zawierać dane osobowe (np. numer NHS), więc został zdjęty, dopóki moderator go nie sprawdzi. Dodaj go ponownie bez tych danych.
discord-option-channel = Kanał lub forum, na którym mają się pojawiać nowe pomysły (domyślnie ten kanał)
