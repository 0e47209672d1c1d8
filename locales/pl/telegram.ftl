# Własne słowa bota Telegram: kilka tekstów, które różnią się od tekstów konsoli, bo Telegram ma
# przyciski tam, gdzie w konsoli wpisuje się polecenia. Wszystko inne bot bierze z chat.ftl
# (wspólnego z Discordem), core.ftl i errors.ftl. Etykiety przycisków są krótkie: telefon
# pokazuje około 30 znaków przycisku na całą szerokość.

## Karty pomysłów


## Listy pomysłów

telegram-button-page = { $page }/{ $pages }

## Dodawanie pomysłu


## Rejestracja


## Rozmowy (działający bot)

telegram-text-only = Na razie rozumiem tylko tekst. Opisz swój pomysł słowami albo wyślij /help, aby zobaczyć, co możesz zrobić.
telegram-go-private = Przejdźmy na czat prywatny, żeby nie zasypywać grupy wiadomościami.
telegram-sent-privately = Odpowiedź czeka na Ciebie na czacie prywatnym: tylko Ty ją widzisz.
telegram-button-open-private = 💬 Otwórz czat prywatny
telegram-language-pick = Który język wybierasz?
telegram-exported =
    { $table ->
        [updates] Komunikaty zespołu ze sprintu { $sprint }: { $count }.
        [responses] Komentarze czekające na odpowiedź lub już z odpowiedzią w sprincie { $sprint }: { $count }.
       *[ideas] { $count ->
            [one] { $count } pomysł ze sprintu { $sprint }.
            [few] { $count } pomysły ze sprintu { $sprint }.
            [many] { $count } pomysłów ze sprintu { $sprint }.
           *[other] { $count } pomysłu ze sprintu { $sprint }.
        }
    }
telegram-no-similar = Nie ma jeszcze podobnych pomysłów.
