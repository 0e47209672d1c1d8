# The terminal console's words. Command names (/support, /idea, ...) stay in English in every
# language: they are what people type.

## Greetings and registration

console-welcome =
    Boas-vindas ao crowdsprint, { $name }! Partilhe ideias e experiências que possam melhorar os cuidados, apoie aquelas com que concorda e saiba o que acontece com elas.
    Escreva /start para se registar (demora um minuto) ou /help para ver o que pode fazer. Para sair, escreva /quit.

## Posting an idea

console-idea-posted = Obrigado! A sua ideia é a #{ $id }. Pode vê-la com /show { $id }; outras pessoas podem apoiá-la com /support { $id }.
console-idea-posted-held =
    Obrigado — a sua ideia foi guardada como #{ $id }, mas fica retida até alguém da equipa a rever, porque pode conter dados pessoais ({ $reasons }).
    Assim protegemos os pacientes e os colegas. Receberá um aviso assim que for publicada; entretanto, pode vê-la com /show { $id }.

## The sprint team

console-exported =
    { $table ->
        [updates] Atualizações da equipa exportadas para { $path }: { $count }.
        [responses] Comentários que aguardam ou já receberam resposta, exportados para { $path }: { $count }.
       *[ideas] { $count ->
            [0] 0 ideias exportadas
            [one] { $count } ideia exportada
           *[other] { $count } ideias exportadas
        } para { $path }.
    }
