# Cuvintele consolei din terminal. Numele comenzilor (/support, /idea, ...) rămân în engleză în
# toate limbile: ele sunt ceea ce tastează oamenii.

## Salut și înregistrare

console-welcome =
    Bun venit pe crowdsprint, { $name }! Împărtășiți idei și experiențe care ar putea îmbunătăți îngrijirea, susțineți-le pe cele cu care sunteți de acord și aflați ce se întâmplă cu ele.
    Tastați /start ca să vă înregistrați (durează un minut) sau /help ca să vedeți ce puteți face. Cu /quit ieșiți.

## Postarea unei idei

console-idea-posted = Vă mulțumim! Ideea dumneavoastră are numărul #{ $id }. O puteți arăta și altora cu /show { $id }; ceilalți o pot susține cu /support { $id }.
console-idea-posted-held =
    Vă mulțumim — ideea dumneavoastră a fost salvată cu numărul #{ $id }, dar o reținem până când o verifică cineva din echipă, pentru că ar putea conține date personale ({ $reasons }).
    Astfel îi protejăm pe pacienți și pe colegi. Veți afla imediat ce este publicată; o puteți vedea în continuare cu /show { $id }.

## Echipa sprintului

console-exported =
    { $table ->
        [updates] Am exportat noutățile de la echipă în { $path }: { $count }.
        [responses] Am exportat comentariile care așteaptă sau au primit un răspuns în { $path }: { $count }.
       *[ideas] Am exportat { $count ->
            [one] o idee
            [few] { $count } idei
           *[other] { $count } de idei
        } în { $path }.
    }
