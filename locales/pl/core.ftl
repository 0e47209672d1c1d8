### Słowa, które rdzeń przekazuje każdemu adapterowi: pomoc do poleceń i nazwy rzeczy.
### Forma zwracania się: bezpośrednio, w 2. osobie liczby pojedynczej („Ty”, pisane wielką
### literą), w trybie rozkazującym w przyciskach i instrukcjach; bez form czasu przeszłego
### w 2. osobie, żeby teksty nie zależały od płci czytającej osoby.

## Pomoc: jeden wpis na każde polecenie z core/src/command/catalogue.rs, „użycie — co robi”.
## Polecenia z kilkoma formami mają po jednym wierszu na formę; pierwszy wiersz to ta codzienna.
## Separator „ — ” (pauza ze spacjami) musi zostać: Telegram bierze opis do menu z tekstu po nim.
## Nazwy poleceń i ich słowa kluczowe (new, add, list, csv...) zostają po angielsku: tylko je
## rozumie parser. Słowa WIELKIMI LITERAMI osoba uzupełnia sama.

help-start = /start — zarejestruj się albo zacznij wszystko od początku
help-help = /help [POLECENIE] — zobacz, co możesz zrobić, albo jak używać jednego polecenia
help-sprint =
    /sprint [N] — zobacz otwarty sprint albo sprint N
    /sprint new OTWARCIE ZAMKNIĘCIE Tytuł | opis — zaplanuj nowy sprint (daty w formacie 2026-06-30)
    /sprint window N OTWARCIE ZAMKNIĘCIE — zmień daty otwarcia i zamknięcia sprintu N
    /sprint target N DNI|default — ustaw sprintowi N własny docelowy termin odpowiedzi w dniach roboczych albo przywróć termin usługi
help-sprints = /sprints — zobacz listę wszystkich sprintów i ich etapów
help-challenges = /challenges [SPRINT] — zobacz wyzwania, na które możesz odpowiedzieć
help-idea = /idea — podziel się pomysłem, doświadczeniem lub dobrą praktyką (zadamy Ci kilka krótkich pytań)
help-ideas = /ideas [top|new|mine] [STRONA] — przeglądaj pomysły: najczęściej popierane, najnowsze albo własne
help-show = /show N — przeczytaj pomysł N i komentarze do niego
help-support = /support N — poprzyj pomysł, z którym się zgadzasz
help-unsupport = /unsupport N — wycofaj swoje poparcie dla pomysłu
help-comment = /comment N Twój komentarz — skomentuj pomysł N
help-reply = /reply cN Twoja odpowiedź — odpowiedz na komentarz (na przykład /reply c34 Zgadzam się)
help-follow = /follow N — obserwuj pomysł N i dostawaj informacje o nim
help-unfollow = /unfollow N — przestań obserwować pomysł N
help-subscribe = /subscribe weekly|daily|off — wybierz, jak często chcesz dostawać podsumowanie (co tydzień, codziennie albo wcale)
help-pause = /pause DNI — wstrzymaj powiadomienia maksymalnie na 90 dni; /pause off je wznawia
help-timezone = /timezone STREFA — ustaw swoją strefę czasową dla podsumowań i godzin ciszy (np. /timezone Europe/Dublin); /timezone off przywraca strefę usługi
help-mute = /mute POMYSŁ — wyłącz powiadomienia o jednym pomyśle
help-unmute = /unmute POMYSŁ — znowu dostawaj powiadomienia o tym pomyśle
help-language = /language [KOD] — zobacz dostępne języki albo wybierz swój (np. /language pl to polski, /language en to English)
help-link = /link [KOD] — połącz swoje konta w innych komunikatorach: wyślij /link, aby dostać kod, a potem /link KOD w drugiej aplikacji
help-mydata = /mydata — zobacz wszystkie dane, jakie o Tobie przechowujemy
help-forgetme = /forgetme — usuń swoje dane; Twoje pomysły i komentarze zostaną, podpisane jako „były uczestnik”
help-review = /review — zobacz kolejne pomysły i komentarze, które czekają na sprawdzenie
help-approve = /approve N|cN — opublikuj pomysł (12) lub komentarz (c34) wstrzymany do sprawdzenia
help-respond = /respond N|cN Twoja odpowiedź — odpowiedz na pomysł lub komentarz jako ambasador
help-hide = /hide N|cN powód — ukryj pomysł lub komentarz, który łamie zasady, i podaj powód
help-restore = /restore N|cN — przywróć ukryty pomysł lub komentarz
help-awaiting = /awaiting — zobacz komentarze, które wciąż czekają na odpowiedź ambasadora
help-stats = /stats [SPRINT] — zobacz statystyki sprintu: liczbę osób, pomysłów, głosów poparcia i komentarzy
help-outcomes = /outcomes [SPRINT] — zobacz, co stało się z pomysłami: rezultaty zapisane przez zespół, razem z notatkami
help-claim = /claim KOD — zostań współautorem pomysłu, który ambasador zapisał w imieniu Twojej grupy, i dowiedz się, co się z nim stanie
help-updates = /updates [SPRINT] — przeczytaj komunikaty zespołu sprintu, od najnowszych
help-web = /web — otrzymaj link dostępu do panelu zespołu w przeglądarce (wysyłany prywatnie, działa jeden raz)
help-capture = /capture NAZWA|off — zapisuj pomysły w imieniu grupy (np. z odprawy lub obchodu): każdy dostaje kod współautorstwa dla osób, które tam były
help-merge = /merge N M — scal zdublowany pomysł N z pomysłem M (jego poparcie przejdzie na M)
help-challenge = /challenge add SPRINT Tytuł | opis — dodaj wyzwanie do sprintu
help-theme =
    /theme new SPRINT Nazwa | opis — utwórz temat
    /theme add TEMAT POMYSŁ — dodaj pomysł do tematu
    /theme list [SPRINT] — zobacz listę tematów
help-bigidea =
    /bigidea new SPRINT TEMAT,TEMAT Tytuł | opis — utwórz Wielki Pomysł z tematów
    /bigidea stage N ETAP — przenieś Wielki Pomysł N na nowy etap
    /bigidea list [SPRINT] — zobacz listę Wielkich Pomysłów
help-outcome = /outcome N|bN OUTCOME notatka — zapisz, co stało się z pomysłem N lub Wielkim Pomysłem bN, i powiadom wszystkich, którzy za nim stoją (OUTCOME: under-consideration, prototyping, testing, adopted, scaled-and-spread lub not-taken-forward; przy not-taken-forward dodaj notatkę z uzasadnieniem)
help-update = /update — napisz do uczestników sprintu krok po kroku: od razu do wszystkich osób z subskrypcją albo na początku najbliższego podsumowania (w jednej linii: /update now|digest Tytuł | tekst [| link [| tytuł po walijsku | tekst po walijsku]])
help-stage =
    /stage sprint N ETAP — przenieś sprint N na kolejny etap (draft, open, closed, theming, prototyping, testing, scale and spread, archived)
    /stage idea N ETAP — określ, jak daleko zaszedł pomysł N (submitted, themed, prototyping, testing, scale and spread, not taken forward)
help-ban = /ban UCZESTNIK powód — zablokuj uczestnikowi dodawanie treści (czytanie nadal będzie możliwe)
help-unban = /unban UCZESTNIK — pozwól uczestnikowi znowu dodawać treści
help-export = /export [SPRINT] [ideas|updates|responses] [csv|json] [withheld] — pobierz publiczne pomysły (albo komunikaty zespołu, albo czas oczekiwania każdego komentarza na odpowiedź) jako CSV (domyślnie) lub JSON; administratorzy mogą dodać withheld, aby dołączyć też pomysły wstrzymane i ukryte, odpowiednio oznaczone
help-audit = /audit — zobacz ostatnie działania moderacyjne i kto je wykonał
help-announce = /announce [WYZWANIE] — w grupie lub wątku: ogłaszaj tutaj nowe pomysły bieżącego sprintu (albo jednego wyzwania); /announce off wyłącza ogłaszanie
help-deliveries = /deliveries — kolejka powiadomień: ile czeka, ile wysłano, ile odłożono i dlaczego nie udało się wysłać ostatnio odłożonych
help-role = /role UCZESTNIK member|champion|moderator|admin — nadaj uczestnikowi rolę

## Nazwy rzeczy, każda wybierana przez jeden argument (zapisane słowo).

role-name =
    { $role ->
        [member] Uczestnik
        [champion] Ambasador
        [moderator] Moderator
       *[admin] Administrator
    }

sprint-stage-name =
    { $stage ->
        [draft] Planowanie
        [open] Zbieranie pomysłów
        [closed] Zbieranie pomysłów zakończone
        [theming] Grupowanie w tematy
        [prototyping] Prototypowanie
        [testing] Testowanie
        [scale_and_spread] Skalowanie i upowszechnianie
       *[archived] Archiwum
    }

development-stage-name =
    { $stage ->
        [submitted] Zgłoszony
        [themed] Przypisany do tematu
        [prototyping] Prototypowanie
        [testing] Testowanie
        [scale_and_spread] Skalowanie i upowszechnianie
       *[not_taken_forward] Nie będzie dalej rozwijany
    }

idea-kind-name =
    { $kind ->
        [experience] Doświadczenie
        [good_practice] Dobra praktyka
       *[idea] Pomysł
    }

describes-name =
    { $describes ->
        [staff] Personel ochrony zdrowia
        [patient] Pacjent lub podopieczny
        [carer] Opiekun lub ktoś z rodziny
        [lived_experience] Ekspert przez doświadczenie
        [partner_organisation] Organizacja partnerska
       *[other] Inne
    }

# Wstawiane po dwukropku („Podsumowania: co tydzień”), dlatego małą literą.
digest-name =
    { $frequency ->
        [weekly] co tydzień
        [daily] codziennie
       *[off] wyłączone
    }

# Zawsze wstawiane do zdania jako lista, dlatego małą literą.
pii-kind-name =
    { $kind ->
        [nhs_number] numer NHS
        [phone_number] numer telefonu
        [email] adres e-mail
        [postcode] kod pocztowy razem z nazwiskiem
       *[date_of_birth] data urodzenia
    }

visibility-name =
    { $visibility ->
        [pending] Czeka na sprawdzenie
        [visible] Opublikowany
        [hidden] Ukryty
       *[merged] Scalony
    }

origin-name =
    { $origin ->
        [telegram] Telegram
        [discord] Discord
        [console] Konsola
       *[other] Import
    }

# Pokazywane zamiast imienia osoby, która poprosiła o usunięcie swoich danych.
former-member = były uczestnik
# Kto jest autorem pomysłu zapisanego w imieniu grupy, na jego karcie i stronie: grupa, nigdy
# ambasador, który go wpisał. Wstawiane w miejsce { $author } po „autor:”.
idea-by-group = grupa ze spotkania { $session }

## Ogłoszenia w grupach i wątkach

announce-group-only = /announce działa w czacie grupowym lub w wątku: dodaj tam bota i wyślij to polecenie w tamtym czacie.
announce-tied = Nowe pomysły z „{ $title }” będą ogłaszane tutaj.
announce-untied = Nowe pomysły nie będą już tutaj ogłaszane.
announce-not-tied = Tutaj nic nie było ogłaszane.
announce-heading = 💡 Nowy pomysł

## Powiadomienia: co ludzie słyszą o swoich pomysłach, komentarzach i sprintach

notify-idea-approved = ✅ Twój pomysł #{ $id } „{ $title }” został sprawdzony i opublikowany.
notify-idea-held = ⏸ Twój pomysł #{ $id } „{ $title }” czeka, aż zespół go sprawdzi, bo może zawierać dane osobowe ({ $reasons }).
notify-idea-hidden = 🙈 Zespół ukrył Twój pomysł #{ $id } „{ $title }”. Powód: { $reason }
notify-idea-merged = 🔗 Twój pomysł #{ $id } „{ $title }” został scalony z pomysłem #{ $into } „{ $into_title }”. Całe jego poparcie przeszło razem z nim.
notify-idea-themed = 🏷 Twój pomysł #{ $id } „{ $title }” należy teraz do tematu „{ $theme }”.
notify-idea-stage = 🚀 Pomysł #{ $id } „{ $title }” jest teraz na etapie: { $stage }.
notify-comment-hidden = 🙈 Zespół ukrył Twój komentarz c{ $comment } do pomysłu #{ $idea }. Powód: { $reason }
notify-response-to-comment = 💬 Zespół odpowiedział na Twój komentarz do pomysłu #{ $id } „{ $title }”.
notify-response-to-idea = 💬 Zespół odpowiedział na Twój pomysł #{ $id } „{ $title }”.
notify-reply-to-comment = 💬 Ktoś odpowiedział na Twój komentarz do pomysłu #{ $id } „{ $title }”.
notify-still-with-team = ⏳ Twój komentarz do pomysłu #{ $id } „{ $title }” wciąż czeka na odpowiedź zespołu sprintu. Nikt o nim nie zapomniał: dowiesz się, gdy tylko zespół odpowie.
# Przypomnienia dla zespołu sprintu o obietnicy odpowiedzi: poranek roboczy ambasadora,
# poniedziałek moderatora. Po nagłówku następuje wiersz dla każdego komentarza; $left i $waited
# to długości czasu („3 godziny”, „6 dni”).
notify-responses-nearing =
    { $count ->
        [one] ⏰ { $count } komentarz zbliża się do docelowego terminu odpowiedzi ({ $days ->
            [one] { $days } dzień roboczy
            [few] { $days } dni robocze
            [many] { $days } dni roboczych
           *[other] { $days } dnia roboczego
        }):
        [few] ⏰ { $count } komentarze zbliżają się do docelowego terminu odpowiedzi ({ $days ->
            [one] { $days } dzień roboczy
            [few] { $days } dni robocze
            [many] { $days } dni roboczych
           *[other] { $days } dnia roboczego
        }):
        [many] ⏰ { $count } komentarzy zbliża się do docelowego terminu odpowiedzi ({ $days ->
            [one] { $days } dzień roboczy
            [few] { $days } dni robocze
            [many] { $days } dni roboczych
           *[other] { $days } dnia roboczego
        }):
       *[other] ⏰ { $count } komentarza zbliża się do docelowego terminu odpowiedzi ({ $days ->
            [one] { $days } dzień roboczy
            [few] { $days } dni robocze
            [many] { $days } dni roboczych
           *[other] { $days } dnia roboczego
        }):
    }
notify-responses-overdue =
    { $count ->
        [one] 🗓️ Zaległości w tym tygodniu: { $count } komentarz czeka na odpowiedź dłużej niż docelowy termin ({ $days ->
            [one] { $days } dzień roboczy
            [few] { $days } dni robocze
            [many] { $days } dni roboczych
           *[other] { $days } dnia roboczego
        }):
        [few] 🗓️ Zaległości w tym tygodniu: { $count } komentarze czekają na odpowiedź dłużej niż docelowy termin ({ $days ->
            [one] { $days } dzień roboczy
            [few] { $days } dni robocze
            [many] { $days } dni roboczych
           *[other] { $days } dnia roboczego
        }):
        [many] 🗓️ Zaległości w tym tygodniu: { $count } komentarzy czeka na odpowiedź dłużej niż docelowy termin ({ $days ->
            [one] { $days } dzień roboczy
            [few] { $days } dni robocze
            [many] { $days } dni roboczych
           *[other] { $days } dnia roboczego
        }):
       *[other] 🗓️ Zaległości w tym tygodniu: { $count } komentarza czeka na odpowiedź dłużej niż docelowy termin ({ $days ->
            [one] { $days } dzień roboczy
            [few] { $days } dni robocze
            [many] { $days } dni roboczych
           *[other] { $days } dnia roboczego
        }):
    }
notify-nearing-line = • c{ $comment } do #{ $id } „{ $title }” — pozostały czas: { $left }
notify-overdue-line = • c{ $comment } do #{ $id } „{ $title }” — czas oczekiwania: { $waited }
notify-waiting-more = …i jeszcze { $count }.
notify-waiting-hint = Odpowiedz, wysyłając /respond cN i treść odpowiedzi, albo wyślij /awaiting, aby zobaczyć wszystkie komentarze czekające na odpowiedź.
notify-idea-outcome = 📌 Co stało się z pomysłem #{ $id } „{ $title }”: { $outcome }. { $note }
notify-big-idea-outcome = 📌 Co stało się z Wielkim Pomysłem „{ $title }”, który powstał z pomysłów zgłoszonych, popartych, skomentowanych lub obserwowanych także przez Ciebie: { $outcome }. { $note }
notify-big-idea-stage = 🌱 Twój głos przynosi efekty: Wielki Pomysł „{ $title }”, który powstał z pomysłów zgłoszonych, popartych lub skomentowanych także przez Ciebie, jest teraz na etapie: { $stage }.
notify-sprint-opened = 📣 Sprint { $id } „{ $title }” czeka na pomysły. Wyzwania: { $challenges }. Wyślij /idea, aby podzielić się swoim.
notify-sprint-closed = 🏁 Sprint { $id } „{ $title }” został zamknięty: { $people } { $people ->
        [one] osoba
        [few] osoby
        [many] osób
       *[other] osoby
    }, { $ideas } { $ideas ->
        [one] pomysł
        [few] pomysły
        [many] pomysłów
       *[other] pomysłu
    }, { $interactions } { $interactions ->
        [one] interakcja
        [few] interakcje
        [many] interakcji
       *[other] interakcji
    }. Dziękujemy za udział.
notify-sprint-stage = 🗺 Sprint { $id } „{ $title }” jest teraz na etapie: { $stage }.
notify-idea-published = 💡 Nowy pomysł #{ $id } „{ $title }”.
notify-comment-published = 💬 Nowy komentarz c{ $comment } do pomysłu #{ $id }.
notify-idea-revised = Zespół sprintu zmienił pomysł #{ $id }.
notify-comment-revised = Zespół sprintu zmienił komentarz c{ $comment } do pomysłu #{ $id }.
notify-button-open = Otwórz pomysł #{ $id }

## Kolejka powiadomień

deliveries-counts = Powiadomienia: czekające: { $pending }, w trakcie wysyłania: { $sending }, wysłane: { $sent }, odłożone: { $dead }, przejęte po zatrzymaniu procesu roboczego: { $duplicate } (każde z nich mogło zostać wysłane dwa razy).
deliveries-dead-line = Odłożone #{ $id }: { $event } dla uczestnika nr { $member } na platformie { $platform }: { $reason }
notify-paused = Powiadomienia są wstrzymane do { $until }. /pause off wznowi je wcześniej.
notify-resumed = Powiadomienia są znowu włączone.
notify-muted = Nie będziesz już dostawać powiadomień o pomyśle #{ $id }. /unmute { $id } to cofnie.
notify-unmuted = Znowu będziesz dostawać powiadomienia o pomyśle #{ $id }.

## Podsumowanie i przypomnienie przed zamknięciem

notify-sprint-closing-soon = ⏳ Sprint { $id } „{ $title }” zamyka się za 48 godzin ({ $closes }). { $news ->
        [0] Jest jeszcze czas, aby dodać pomysł albo poprzeć pomysły innych.
        [one] { $news } pomysł, który popierasz, ma nowe komentarze.
        [few] { $news } pomysły, które popierasz, mają nowe komentarze.
        [many] { $news } pomysłów, które popierasz, ma nowe komentarze.
       *[other] { $news } pomysłu, które popierasz, ma nowe komentarze.
    }
digest-heading = { $frequency ->
        [daily] 📬 Twoje codzienne podsumowanie z crowdsprint
       *[other] 📬 Twoje cotygodniowe podsumowanie z crowdsprint
    }
digest-challenges = Nowe wyzwania:
digest-updates = Od zespołu:
digest-challenge = • { $title }
digest-top-ideas = Nowe pomysły z największym poparciem:
digest-top-idea = • #{ $id } { $title } ({ $count ->
        [one] popiera { $count } osoba
        [few] popierają { $count } osoby
        [many] popiera { $count } osób
       *[other] popiera { $count } osoby
    })
digest-followed = W obserwowanych pomysłach:
digest-followed-idea = • #{ $id } { $title }: { $count ->
        [one] { $count } nowy komentarz
        [few] { $count } nowe komentarze
        [many] { $count } nowych komentarzy
       *[other] { $count } nowego komentarza
    }
digest-responses = Odpowiedzi zespołu dla Ciebie:
digest-response = • #{ $id } { $title }
digest-outcomes = Co stało się z pomysłami, które popierasz:
digest-outcome = • #{ $id } { $title }: { $outcome }
digest-deadlines = Wkrótce zamknięcie:
digest-deadline = • { $title } — zamknięcie { $closes }
digest-footer = { $frequency ->
        [daily] Dostajesz to podsumowanie codziennie, bo masz włączoną subskrypcję.
       *[other] Dostajesz to podsumowanie co tydzień, bo masz włączoną subskrypcję.
    } Częstotliwość zmienisz poleceniem /subscribe.
digest-button-support = 👍 #{ $id }
digest-button-follow = 🔔 #{ $id }
digest-button-open = Otwórz #{ $id }
digest-button-unsubscribe = Anuluj subskrypcję
digest-unsubscribed = Nie będziesz już dostawać podsumowań ani wiadomości o sprintach. /subscribe weekly je przywróci.
notify-timezone-set = Twoja strefa czasowa to teraz { $zone }: podsumowania przychodzą rano Twojego czasu, a godziny ciszy obejmują Twoją noc.
notify-timezone-off = Twoja strefa czasowa została usunięta; godziny są liczone według strefy usługi ({ $zone }).

## Limity tempa. $kind to idea, comment, link lub vote; $unit to seconds lub minutes.

slow-down =
    { $kind ->
        [idea] To dużo pomysłów w krótkim czasie — dziękujemy!
        [comment] To dużo komentarzy w krótkim czasie — dziękujemy!
        [link] To dużo prób łączenia kont w krótkim czasie.
       *[vote] To dużo głosów poparcia w krótkim czasie.
    } Spróbuj ponownie za { $unit ->
        [minutes]
            { $count ->
                [one] { $count } minutę
                [few] { $count } minuty
                [many] { $count } minut
               *[other] { $count } minuty
            }
       *[seconds]
            { $count ->
                [one] { $count } sekundę
                [few] { $count } sekundy
                [many] { $count } sekund
               *[other] { $count } sekundy
            }
    }.

## Twoje dane (/mydata): wiersz przed pełnym zapisem
mydata-summary = { $accounts } { $accounts ->
        [one] połączone konto
        [few] połączone konta
        [many] połączonych kont
       *[other] połączonego konta
    }, { $ideas } { $ideas ->
        [one] pomysł
        [few] pomysły
        [many] pomysłów
       *[other] pomysłu
    }, { $comments } { $comments ->
        [one] komentarz
        [few] komentarze
        [many] komentarzy
       *[other] komentarza
    }, popierane pomysły: { $supported }, obserwowane pomysły: { $following }, { $deliveries } { $deliveries ->
        [one] wiadomość do Ciebie, która czeka lub jest przechowywana
        [few] wiadomości do Ciebie, które czekają lub są przechowywane
        [many] wiadomości do Ciebie, które czekają lub są przechowywane
       *[other] wiadomości do Ciebie, które czekają lub są przechowywane
    } (przechowujemy je 30 dni po wysłaniu), { $audit } { $audit ->
        [one] wpis
        [few] wpisy
        [many] wpisów
       *[other] wpisu
    } w dzienniku działań zespołu dotyczących Ciebie lub wykonanych przez Ciebie.

## Słowa układów tekstu (core/src/layout.rs i własne układy botów czatowych): wiersze pomysłów,
## karty, listy, kolejka do sprawdzenia, sprinty, wiersze dziennika i odpowiedzi na każdej platformie.

member-welcome-back = Witaj ponownie, { $name }. Wpisz /ideas, aby zobaczyć najpopularniejsze pomysły, /idea, aby dodać własny, albo /help, aby zobaczyć wszystkie możliwości.
registration-not-saved = Nic nie zostało zapisane. Wpisz /start, gdy tylko zechcesz.
member-registered = Witaj, { $name }! Rejestracja zakończona. Wpisz /idea, aby podzielić się pomysłem, /ideas, aby zobaczyć, co proponują inni, albo /help, aby dowiedzieć się więcej.
plain-text-unregistered = Dziękujemy! Aby dodać to jako pomysł, najpierw zarejestruj się poleceniem /start — to zajmie minutę.
idea-intro = Nowy pomysł do sprintu „{ $sprint }”.
idea-ask-title = Nadaj swojemu pomysłowi krótki tytuł (do 120 znaków).
idea-similar =
    { $count ->
        [one] Jest już podobny pomysł:
        [few] Są już { $count } podobne pomysły:
        [many] Jest już { $count } podobnych pomysłów:
       *[other] Jest już { $count } podobnego pomysłu:
    }
support-added =
    Popierasz pomysł #{ $id }. { $supporters ->
        [one] Popiera go { $supporters } osoba.
        [few] Popierają go { $supporters } osoby.
        [many] Popiera go { $supporters } osób.
       *[other] Popiera go { $supporters } osoby.
    }
support-removed =
    Nie popierasz już pomysłu #{ $id }. { $supporters ->
        [0] Nikt go teraz nie popiera.
        [one] Popiera go { $supporters } osoba.
        [few] Popierają go { $supporters } osoby.
        [many] Popiera go { $supporters } osób.
       *[other] Popiera go { $supporters } osoby.
    }
comment-added = Dziękujemy — Twój komentarz c{ $id } jest już przy pomyśle #{ $idea }.
comment-held = Twój komentarz c{ $id } został zapisany, ale poczeka, aż ktoś go sprawdzi, bo może zawierać dane osobowe ({ $reasons }).
follow-added = Obserwujesz pomysł #{ $id }: dostaniesz informacje o odpowiedziach i postępach.
follow-removed = Nie obserwujesz już pomysłu #{ $id }.
digest-subscribed = Podsumowania: { $frequency }.
language-current = Twój język: { $language }. Do wyboru: { $choices } — na przykład /language en
language-set = Ustawiony język: { $language }.
account-link-code = Twój kod łączenia to { $code }. Wpisz /link { $code } w drugiej aplikacji w ciągu { $minutes } { $minutes ->
        [one] minuty
        [few] minut
        [many] minut
       *[other] minuty
    }, aby połączyć oba konta.
account-linked = Gotowe — to konto jest teraz połączone z Twoim profilem crowdsprint.
mydata-heading = Wszystkie dane, jakie o Tobie przechowujemy:
member-forget-confirm = To usunie Twoje imię i konta. Twoje pomysły i komentarze zostaną, podpisane jako „były uczestnik”. Wpisz tak, aby usunąć dane, albo cokolwiek innego, aby zachować konto.
member-forgotten = Twoje dane zostały usunięte. Dziękujemy za udział.
conversation-cancelled = Anulowano — nic nie zostało zmienione.
conversation-nothing-to-cancel = Nie ma nic do anulowania.
idea-line =
    #{ $id } { $title } — { $supporters ->
        [0] bez poparcia
        [one] popiera { $supporters } osoba
        [few] popierają { $supporters } osoby
        [many] popiera { $supporters } osób
       *[other] popiera { $supporters } osoby
    }, { $comments ->
        [one] { $comments } komentarz
        [few] { $comments } komentarze
        [many] { $comments } komentarzy
       *[other] { $comments } komentarza
    }
no-ideas = Nie ma tu jeszcze pomysłów. Dodaj pierwszy: wpisz /idea.
list-page = Strona { $page } z { $pages }. Następna strona: /ideas { $list } { $next }
idea-title = #{ $id } { $title }
idea-meta = { $kind } · { $challenge } · autor: { $author } · { $date }
idea-held = Czeka na sprawdzenie, bo może zawierać: { $reasons }.
idea-hidden = Ukryty przez zespół. Powód: { $reason }
idea-merged = Scalony z pomysłem #{ $into }.
idea-status =
    { $supporters ->
        [0] bez poparcia
        [one] popiera { $supporters } osoba
        [few] popierają { $supporters } osoby
        [many] popiera { $supporters } osób
       *[other] popiera { $supporters } osoby
    } · etap: { $stage }{ $supported ->
        [yes] {" "}· popierasz ten pomysł
       *[no] {""}
    }{ $following ->
        [yes] {" "}· obserwujesz
       *[no] {""}
    }
idea-themes = Tematy: { $themes }
no-comments = Nie ma jeszcze komentarzy. Dodaj komentarz: /comment { $id } Twój komentarz
comments-heading = Komentarze:
comment-line = c{ $id } { $author }: { $body }
response-line = c{ $id } ✔ { $author } odpowiada: { $body }
idea-actions = /support { $id } · /comment { $id } tekst · /follow { $id }
sprint-title = Sprint { $id }: { $title } ({ $stage })
sprint-open-until = Przyjmuje pomysły od { $opens } do { $closes }.
sprint-window = Trwa od { $opens } do { $closes }; teraz nie przyjmuje nowych pomysłów.
sprint-line = Sprint { $id }: { $title } — { $stage }, zamknięcie { $closes }
sprint-target-set =
    { $own ->
        [yes] Sprint { $id } „{ $title }” obiecuje teraz odpowiedź w ciągu { $days ->
            [one] { $days } dnia roboczego
            [few] { $days } dni roboczych
            [many] { $days } dni roboczych
           *[other] { $days } dnia roboczego
        }.
       *[no] Sprint { $id } „{ $title }” znów korzysta z docelowego terminu odpowiedzi usługi: { $days ->
            [one] { $days } dzień roboczy
            [few] { $days } dni robocze
            [many] { $days } dni roboczych
           *[other] { $days } dnia roboczego
        }.
    }
idea-counts = Osoby: { $people } · Pomysły: { $ideas } · Głosy poparcia: { $votes } · Komentarze: { $comments } · Interakcje: { $interactions }
challenges-heading = Wyzwania:
no-challenges = Ten sprint nie ma jeszcze wyzwań.
help-heading = Co możesz zrobić:
help-section = Dla roli „{ $role }”:
help-footer = Wpisz /help i nazwę polecenia, aby dowiedzieć się więcej, np. /help support. Zwykły tekst zostanie zamieniony w nowy pomysł.
command-usage = Użycie: { $usage }
review-heading = Czeka na sprawdzenie — pomysły: { $ideas }, komentarze: { $comments }.
review-comment = c{ $id } do #{ $idea } „{ $title }” — { $author }: { $body }
review-actions = /approve { $target } · /hide { $target } powód · /respond { $target } tekst
review-approved = Zatwierdzono { $target }.
review-responded = Odpowiedź c{ $id } została dodana do { $target }; autor dostanie powiadomienie.
review-hidden = Ukryto { $target }; autor dowie się, dlaczego.
review-restored = Przywrócono { $target }.
stats-responses =
    Pierwsze odpowiedzi: mediana czasu to { $median }; { $within } z { $answered } w ciągu { $days ->
        [one] { $days } dnia roboczego
        [few] { $days } dni roboczych
        [many] { $days } dni roboczych
       *[other] { $days } dnia roboczego
    }.
stats-no-responses = Pierwsze odpowiedzi: jeszcze żadnych.
stats-captured =
    Zapisano w imieniu grupy: { $count } { $count ->
        [one] pomysł
        [few] pomysły
        [many] pomysłów
       *[other] pomysłu
    } z { $sessions } { $sessions ->
        [one] spotkania
        [few] spotkań
        [many] spotkań
       *[other] spotkania
    } (nie wliczają się do własnych pomysłów ambasadorów).
stats-updates =
    Komunikaty zespołu: { $now } { $now ->
        [one] wysłany od razu
        [few] wysłane od razu
        [many] wysłanych od razu
       *[other] wysłanego od razu
    }, { $digest } { $digest ->
        [one] odłożony do podsumowań
        [few] odłożone do podsumowań
        [many] odłożonych do podsumowań
       *[other] odłożonego do podsumowań
    }.
outcome-name =
    { $outcome ->
        [under_consideration] Rozważany
        [prototyping] Przekazany do prototypowania
        [testing] Testowany
        [adopted] Wdrożony
        [scaled_and_spread] Upowszechniony na szeroką skalę
       *[not_taken_forward] Nie będzie dalej rozwijany
    }
outcome-set =
    Zapisano rezultat dla { $of }: { $outcome }. { $count ->
        [one] Powiadomienie dostanie { $count } osoba.
        [few] Powiadomienie dostaną { $count } osoby.
        [many] Powiadomienie dostanie { $count } osób.
       *[other] Powiadomienie dostanie { $count } osoby.
    }
outcomes-heading = Co stało się z pomysłami w sprincie „{ $sprint }”:
outcomes-line = { $of } „{ $title }”: { $outcome }
outcomes-line-noted = { $of } „{ $title }”: { $outcome } — { $note }
outcomes-none = W sprincie „{ $sprint }” nie zapisano jeszcze żadnych rezultatów.
# Team updates: $title and $body are the team's words (in Welsh for a Welsh reader when
# the team gave them); $has_link is yes when there is a $link.
team-update =
    📣 Od zespołu sprintu: { $title }
    { $body }{ $has_link ->
        [yes] {""}
            Więcej: { $link }
       *[other] {""}
    }
update-posted =
    { $when ->
        [now] ✅ Komunikat #{ $id } jest w drodze do wszystkich osób z subskrypcją — tak szybko, jak pozwalają platformy.
       *[digest] ✅ Komunikat #{ $id } znajdzie się na początku najbliższego podsumowania u wszystkich, w części „Od zespołu”.
    }
updates-heading = 📣 Komunikaty zespołu sprintu „{ $sprint }”, od najnowszych:
updates-line = • #{ $id } { $date }: { $title }
updates-none = W sprincie „{ $sprint }” zespół nie opublikował jeszcze żadnego komunikatu.
web-sign-in-link = Twój link dostępu do panelu zespołu: { $link }
    Działa jeden raz, przez { $minutes } { $minutes ->
        [one] minutę
        [few] minuty
        [many] minut
       *[other] minuty
    }. Nie udostępniaj go nikomu: kto go użyje, wejdzie do panelu jako Ty.
# Zapisywanie pomysłów w imieniu grupy (odprawa, obchód) i dołączanie do nich jako współautor.
capture-started = 📝 Zapisujesz pomysły ze spotkania „{ $session }”. Każdy pomysł, który teraz wyślesz, należy do grupy, nie do Ciebie, i dostanie kod współautorstwa dla osób, które tam były. Wyślij /capture off, gdy spotkanie się skończy (zapisywanie wyłączy się samo po { $hours } { $hours ->
        [one] godzinie
       *[other] godzinach
    }).
capture-status =
    { $count ->
        [one] 📝 Zapisujesz pomysły ze spotkania „{ $session }”: na razie { $count } pomysł. Wyślij /capture off, gdy spotkanie się skończy.
        [few] 📝 Zapisujesz pomysły ze spotkania „{ $session }”: na razie { $count } pomysły. Wyślij /capture off, gdy spotkanie się skończy.
        [many] 📝 Zapisujesz pomysły ze spotkania „{ $session }”: na razie { $count } pomysłów. Wyślij /capture off, gdy spotkanie się skończy.
       *[other] 📝 Zapisujesz pomysły ze spotkania „{ $session }”: na razie { $count } pomysłu. Wyślij /capture off, gdy spotkanie się skończy.
    }
capture-stopped =
    { $count ->
        [one] Zapisywanie pomysłów ze spotkania „{ $session }” zostało zakończone: zapisano { $count } pomysł. Pomysły, które teraz wyślesz, znowu będą Twoje.
        [few] Zapisywanie pomysłów ze spotkania „{ $session }” zostało zakończone: zapisano { $count } pomysły. Pomysły, które teraz wyślesz, znowu będą Twoje.
        [many] Zapisywanie pomysłów ze spotkania „{ $session }” zostało zakończone: zapisano { $count } pomysłów. Pomysły, które teraz wyślesz, znowu będą Twoje.
       *[other] Zapisywanie pomysłów ze spotkania „{ $session }” zostało zakończone: zapisano { $count } pomysłu. Pomysły, które teraz wyślesz, znowu będą Twoje.
    }
capture-none = Nie zapisujesz teraz pomysłów w imieniu grupy. Zacznij od /capture i nazwy spotkania, np. /capture Odprawa na oddziale 4.
idea-captured = 🤝 Pomysł #{ $id } został zapisany w imieniu grupy ze spotkania „{ $session }”. Jego kod współautorstwa to { $code }: każdy, kto tam był, może wysłać do bota /claim { $code }, aby zostać współautorem i dowiedzieć się, co się stanie z pomysłem.
idea-claimed = ✅ Jesteś teraz współautorem pomysłu #{ $id } „{ $title }”. Obserwujesz go: dostaniesz powiadomienie, gdy zespół odpowie, i dowiesz się, co się z nim stanie.
awaiting-heading =
    { $count ->
        [one] { $count } komentarz czeka na odpowiedź:
        [few] { $count } komentarze czekają na odpowiedź:
        [many] { $count } komentarzy czeka na odpowiedź:
       *[other] { $count } komentarza czeka na odpowiedź:
    }
awaiting-line = c{ $id } do #{ $idea } — { $author }: { $body }
awaiting-none = Każdy komentarz ma już odpowiedź. Dziękujemy!
review-merged =
    Pomysł #{ $from } został scalony z pomysłem #{ $into }, { $supporters ->
        [0] którego nikt jeszcze nie popiera.
        [one] który popiera teraz { $supporters } osoba.
        [few] który popierają teraz { $supporters } osoby.
        [many] który popiera teraz { $supporters } osób.
       *[other] który popiera teraz { $supporters } osoby.
    }
sprint-created = Utworzono szkic sprintu { $id } „{ $title }”. Dodaj wyzwania poleceniem /challenge add { $id } Tytuł, a potem otwórz sprint poleceniem /stage sprint { $id } open.
challenge-added = Dodano wyzwanie { $id } „{ $title }”.
idea-stage-set = Pomysł #{ $id } jest teraz na etapie: { $stage }.
theme-created = Utworzono temat { $id } „{ $name }”. Dodawaj do niego pomysły poleceniem /theme add { $id } POMYSŁ.
theme-added = Pomysł #{ $idea } dodano do tematu „{ $name }” ({ $count } { $count ->
        [one] pomysł
        [few] pomysły
        [many] pomysłów
       *[other] pomysłu
    }).
theme-line = Temat { $id }: { $name } — { $count } { $count ->
        [one] pomysł
        [few] pomysły
        [many] pomysłów
       *[other] pomysłu
    }
no-themes = Nie ma jeszcze tematów. Utwórz temat poleceniem /theme new SPRINT Nazwa.
big-idea-created = Utworzono Wielki Pomysł { $id } „{ $title }”.
big-idea-stage-set =
    Wielki Pomysł { $id } jest teraz na etapie: { $stage }; { $people ->
        [0] nie ma jeszcze kogo powiadomić.
        [one] powiadomienie dostanie { $people } osoba, która miała w nim udział.
        [few] powiadomienie dostaną { $people } osoby, które miały w nim udział.
        [many] powiadomienie dostanie { $people } osób, które miały w nim udział.
       *[other] powiadomienie dostanie { $people } osoby, które miały w nim udział.
    }
big-idea-line = Wielki Pomysł { $id }: { $title } — { $stage }
no-big-ideas = Nie ma jeszcze Wielkich Pomysłów.
member-banned = Uczestnik nr { $member } został zablokowany: może czytać, ale nie może niczego dodawać.
member-unbanned = Uczestnik nr { $member } znowu może dodawać treści.
member-role-set = { $name } (uczestnik nr { $member }) ma teraz rolę: { $role }.
audit-line = { $at } uczestnik nr { $member }: { $action } { $target }
error-internal = Przepraszamy, coś poszło nie tak po naszej stronie. Spróbuj ponownie za chwilę. Jeśli błąd będzie się powtarzał, podaj nam kod { $reference }.

## Rozmowy (core/src/conversation): rejestracja, dodawanie pomysłu, komentarza, odpowiedzi,
## powodu, /forgetme. Pytania wybierają wariant według $style: „buttons”, gdy wybór jest na
## przyciskach (Telegram), „typed”, gdy jest to numerowana lista (konsola).

conversation-welcome =
    Witamy w crowdsprint! Dziel się pomysłami, które mogą poprawić opiekę, popieraj te, z którymi się zgadzasz, i dowiaduj się, co się z nimi dzieje. Rejestracja zajmuje minutę; { $style ->
        [buttons] w każdej chwili możesz przerwać, naciskając ✖ Anuluj.
       *[typed] w każdej chwili możesz przerwać, wpisując /cancel.
    }
conversation-ask-name =
    Jak mamy się do Ciebie zwracać? { $style ->
        [buttons] Wyślij imię albo naciśnij przycisk, aby użyć „{ $name }”. Tutaj możesz też wybrać język.
       *[typed] Wpisz imię albo naciśnij Enter, aby użyć „{ $name }”. Aby zmienić język, wpisz jego numer.
    }
conversation-ask-name-typed = Jak mamy się do Ciebie zwracać? Wpisz imię, które mają widzieć inni.
conversation-use-name = ✓ { $name }
conversation-language = { $language }
conversation-ask-describes =
    Która odpowiedź najlepiej Cię opisuje?{ $style ->
        [buttons] {""}
       *[typed] {" "}Wpisz numer.
    }
conversation-ask-organisation =
    Jaka jest Twoja organizacja? { $style ->
        [buttons] Wyślij jej nazwę albo naciśnij Pomiń.
       *[typed] Wpisz jej nazwę albo naciśnij Enter, aby pominąć.
    }
conversation-ask-region =
    W jakim regionie mieszkasz lub pracujesz? { $style ->
        [buttons] Wyślij nazwę regionu albo naciśnij Pomiń.
       *[typed] Wpisz nazwę regionu albo naciśnij Enter, aby pominąć.
    }
conversation-ask-consent =
    Prywatność: przechowujemy Twoje imię, informację o tym, kim jesteś, i to, co dodajesz, aby prowadzić ten sprint i informować Cię, co dzieje się z pomysłami. W każdej chwili możesz pobrać swoje dane poleceniem /mydata i usunąć je poleceniem /forgetme.
    Czy wyrażasz zgodę?{ $style ->
        [buttons] {""}
       *[typed] {" "}Wpisz tak albo nie.
    }
conversation-consent-yes = ✓ Tak, zgadzam się
conversation-consent-no = Nie, dziękuję
conversation-skip = Pomiń
conversation-cancel = ✖ Anuluj
conversation-pick-one =
    { $style ->
        [buttons] Naciśnij jeden z przycisków albo wyślij /cancel, aby przerwać.
       *[typed] Wpisz jeden z podanych numerów albo /cancel, aby przerwać.
    }
conversation-idea-offer =
    Czy chcesz dodać to jako pomysł? { $style ->
        [buttons] Wybierz wyzwanie, aby kontynuować, albo naciśnij ✖ Anuluj.
       *[typed] Wpisz numer wyzwania, aby kontynuować, albo /cancel, jeśli nie chcesz.
    }
conversation-ask-challenge =
    Na które wyzwanie odpowiada Twój pomysł?{ $style ->
        [buttons] {""}
       *[typed] {" "}Wpisz numer.
    }
conversation-challenge = { $title }
conversation-title-suggested =
    Tytuł: „{ $title }”. { $style ->
        [buttons] Naciśnij przycisk, aby go zostawić, albo wyślij lepszy (do 120 znaków).
       *[typed] Naciśnij Enter, aby go zostawić, albo wpisz lepszy (do 120 znaków).
    }
conversation-keep-title = ✓ Zostaw ten tytuł
conversation-ask-body =
    Opowiedz więcej: co chcesz zmienić i dlaczego? { $style ->
        [buttons] Wyślij odpowiedź albo naciśnij Pomiń.
       *[typed] Wpisz odpowiedź albo naciśnij Enter, aby pominąć.
    }
conversation-ask-kind =
    Czy to pomysł, doświadczenie czy dobra praktyka?{ $style ->
        [buttons] {""}
       *[typed] {" "}Wpisz numer albo naciśnij Enter, jeśli to pomysł.
    }
conversation-similar-ask =
    { $style ->
        [buttons] Wybierz pomysł, aby go poprzeć, albo mimo to dodaj swój.
       *[typed] Wpisz numer pomysłu, aby go poprzeć, post, aby mimo to dodać swój, albo /cancel.
    }
conversation-support-instead = 👍 #{ $id } { $title }
conversation-post-anyway = Mimo to dodaj mój
conversation-ask-comment = Wyślij swój komentarz do pomysłu #{ $id }.
conversation-ask-response = Wyślij odpowiedź zespołu na { $target }. Autor dostanie powiadomienie.
conversation-ask-hide-reason = Dlaczego ukryć { $target }? Wyślij krótki powód — autor go zobaczy.
conversation-confirm-forget =
    To usunie Twoje imię i konta. Twoje pomysły i komentarze zostaną, podpisane jako „były uczestnik”. { $style ->
        [buttons] Czy na pewno?
       *[typed] Wpisz tak, aby usunąć dane, albo cokolwiek innego, aby zachować konto.
    }
conversation-forget-yes = Tak, usuń moje dane
update-intro = Komunikat zespołu dla wszystkich, którzy biorą udział w sprincie „{ $sprint }”. Nic nie zostanie wysłane, dopóki na końcu nie wybierzesz, jak go wysłać.
conversation-ask-update-title = Jaki ma być tytuł? (do 120 znaków)
conversation-ask-update-body = Teraz sama treść komunikatu (do 2000 znaków).
conversation-ask-update-link =
    Link do dalszych informacji (musi zaczynać się od https://)? { $style ->
        [buttons] Wyślij go albo naciśnij Pomiń.
       *[typed] Wpisz go albo naciśnij Enter, aby pominąć.
    }
conversation-ask-update-welsh-title =
    Osoby czytające po walijsku dostaną tekst po walijsku, jeśli go podasz. Jaki jest tytuł po walijsku? { $style ->
        [buttons] Wyślij go albo naciśnij Pomiń, aby zostawić tylko wersję angielską.
       *[typed] Wpisz go albo naciśnij Enter, aby zostawić tylko wersję angielską.
    }
conversation-ask-update-welsh-body = A tekst komunikatu po walijsku?
conversation-ask-update-when =
    Tak będzie wyglądać. Wysłać go od razu do wszystkich osób z subskrypcją sprintu „{ $sprint }” czy zostawić na początek ich najbliższego podsumowania?{ $style ->
        [buttons] {""}
       *[typed] {" "}Wpisz numer albo /cancel.
    }
conversation-update-when =
    { $when ->
        [now] 📣 Wyślij od razu
       *[digest] 🗞 W najbliższym podsumowaniu
    }

## /audit: nazwa każdego zapisywanego działania ($action to klucz, $stored to nazwa zapisana
## w dzienniku, pokazywana dla działania, którego ta wersja nie zna). Rzeczowniki, bo po nich
## stoi oznaczenie celu, np. „idea:12”.

audit-action =
    { $action ->
        [bigidea-create] utworzenie
        [bigidea-stage] zmiana etapu:
        [challenge-create] dodanie
        [comment-respond] odpowiedź na
        [export] eksport
        [export-withheld] eksport razem z wstrzymanymi elementami:
        [idea-merge] scalenie
        [idea-stage] zmiana etapu:
        [import] import
        [member-ban] zablokowanie
        [member-role] zmiana roli:
        [member-unban] odblokowanie
        [review-approve] zatwierdzenie
        [review-hide] ukrycie
        [review-restore] przywrócenie
        [sprint-create] utworzenie
        [sprint-stage] zmiana etapu:
        [sprint-window] zmiana dat:
        [sprint-target] ustawienie docelowego terminu odpowiedzi:
        [theme-add] dodanie do tematu:
        [theme-create] utworzenie
        [web-sign-in] wejście do panelu zespołu jako
        [outcome-set] zapisanie rezultatu:
        [update-post] opublikowanie komunikatu zespołu:
       *[other] { $stored }
    }

## Laid out on chat surfaces, where counts live on the buttons
idea-stage = Etap: { $stage }
similar-heading =
    { $count ->
        [one] Podobny pomysł:
        [few] Podobne pomysły:
        [many] Podobne pomysły:
       *[other] Podobne pomysły:
    }
