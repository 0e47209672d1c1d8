# Słowa konsoli tekstowej. Nazwy poleceń (/support, /idea, ...) zostają po angielsku w każdym
# języku: to je ludzie wpisują.

## Powitanie i rejestracja

console-welcome =
    Witamy w crowdsprint, { $name }! Dziel się pomysłami i doświadczeniami, które mogą poprawić opiekę, popieraj te, z którymi się zgadzasz, i dowiaduj się, co się z nimi dzieje.
    Wpisz /start, aby się zarejestrować (to zajmie minutę), albo /help, aby zobaczyć, co możesz zrobić. /quit kończy pracę.

## Dodawanie pomysłu

console-idea-posted = Dziękujemy! Twój pomysł ma numer #{ $id }. Zobaczysz go poleceniem /show { $id }; inni mogą go poprzeć poleceniem /support { $id }.
console-idea-posted-held =
    Dziękujemy — Twój pomysł został zapisany jako #{ $id }, ale wstrzymujemy go, dopóki ktoś z zespołu go nie sprawdzi, bo może zawierać dane osobowe ({ $reasons }).
    To chroni pacjentów i współpracowników. Damy Ci znać, gdy tylko zostanie opublikowany; nadal możesz go zobaczyć poleceniem /show { $id }.

## Zespół sprintu

console-exported =
    { $table ->
        [updates] Wyeksportowano komunikaty zespołu do { $path }: { $count }.
        [responses] Wyeksportowano komentarze czekające na odpowiedź lub już z odpowiedzią do { $path }: { $count }.
       *[ideas] Wyeksportowano { $count } { $count ->
            [one] pomysł
            [few] pomysły
            [many] pomysłów
           *[other] pomysłu
        } do { $path }.
    }
