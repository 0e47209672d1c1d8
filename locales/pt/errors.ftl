### What went wrong, and what to do next. Read on a phone, often on a break: keep each one
### short, plain and kind, and always say how to put it right.

## Mistakes in what someone typed (UserError). $field is one of the TextField keys.

error-text-empty =
    { $field ->
        [title] O título não pode ficar vazio.
        [body] Os detalhes não podem ficar vazios.
        [comment] O seu comentário não pode ficar vazio.
        [name] O seu nome não pode ficar vazio.
        [reason] O motivo não pode ficar vazio.
        [description] A descrição não pode ficar vazia.
        [organisation] A organização não pode ficar vazia.
        [region] A região não pode ficar vazia.
       *[other] Este campo não pode ficar vazio.
    } Escreva algumas palavras e tente novamente.

error-text-too-long =
    { $field ->
        [title] O título tem
        [body] Os detalhes têm
        [comment] O seu comentário tem
        [name] O seu nome tem
        [reason] O motivo tem
        [description] A descrição tem
        [organisation] A organização tem
        [region] A região tem
       *[other] Este texto tem
    } { $actual } caracteres, mas o máximo é { $max }. Encurte o texto e tente novamente.

error-text-control-characters =
    { $field ->
        [title] O título tem
        [body] Os detalhes têm
        [comment] O seu comentário tem
        [name] O seu nome tem
        [reason] O motivo tem
        [description] A descrição tem
        [organisation] A organização tem
        [region] A região tem
       *[other] Este texto tem
    } uma quebra de linha ou um símbolo invisível que não podemos usar. Volte a escrever, só com texto simples.

## Registering and permissions

error-not-registered = Primeiro precisa de se registar — demora só alguns segundos. Envie /start para começar.
error-already-registered = O seu registo já está feito, não é preciso fazer mais nada. Envie /help para ver o que pode fazer.
error-consent-required = Só podemos concluir o registo se concordar que guardemos os seus dados. Envie /start quando quiser dar o seu consentimento.
error-not-allowed =
    Lamentamos, só { $role ->
        [member] os membros registados
        [champion] os dinamizadores
        [moderator] os moderadores
       *[admin] os administradores
    } podem fazer isto. Se acha que devia poder, fale com o gestor da sua comunidade.
error-banned = Pode continuar a ler tudo, mas de momento não pode enviar conteúdos, apoiar ideias nem comentar. Se acha que se trata de um erro, contacte o gestor da sua comunidade.

## Things that can't be found

error-sprint-not-found = O sprint { $id } não existe — confirme o número com /sprints.
error-challenge-not-found = O desafio { $id } não existe — confirme o número com /challenges.
error-idea-not-found = A ideia #{ $id } não existe — confirme o número com /ideas.
error-comment-not-found = O comentário c{ $id } não existe — abra a ideia com /show para ver os comentários e o número de cada um.
error-theme-not-found = O tema { $id } não existe — confirme o número com /theme list.
error-big-idea-not-found = A Grande Ideia { $id } não existe — confirme o número com /bigidea list.
error-member-not-found = Não encontramos esse membro — confirme o número de membro e tente novamente.

## Sprints, support and comments

error-sprint-not-open = O sprint { $id } não está aberto de momento, por isso não aceita novas ideias nem apoios. Pode continuar a ler as ideias e a comentá-las. Envie /sprints para ver que sprint está aberto.
error-no-open-sprint = De momento não há nenhum sprint aberto, por isso ainda não é possível enviar ideias. Envie /sprints para ver os próximos.
error-already-supported = A ideia #{ $id } já tem o seu apoio — obrigado! Para retirar o seu apoio, envie /unsupport { $id }.
error-not-supported = A ideia #{ $id } não tem o seu apoio, por isso não há nada para retirar. Para a apoiar, envie /support { $id }.
error-reply-too-deep = Pode responder a um comentário, mas não a uma resposta. Responda antes ao comentário original.

## Moderation

error-merge-into-itself = Uma ideia não pode ser fundida consigo própria — escolha duas ideias diferentes.
error-merge-across-sprints = Essas ideias estão em sprints diferentes, por isso não podem ser fundidas. Só é possível fundir ideias do mesmo sprint.
error-idea-merged = A ideia #{ $id } foi fundida com a ideia #{ $into }, que é muito parecida, e os apoios passaram para lá. Pode vê-la com /show { $into }.
error-already-visible = Isso já está visível para todos — não há nada para aprovar nem repor.
error-already-hidden = Isso já está oculto. Para voltar a mostrar, use /restore.
error-window-backwards = A data de fecho é anterior à data de abertura. Confirme as datas (como 2026-06-30) e tente novamente.
error-link-code-invalid = Esse código não está certo ou já expirou. Envie /link na aplicação que já usa para receber um código novo e depois envie aqui /link CODE.
error-claim-code-invalid = Não conhecemos esse código de coautoria. Confirme-o com o dinamizador que registou a ideia: tem seis letras e algarismos, como K7Q2XM.
error-update-link-invalid = Essa ligação não parece um endereço web. Indique o endereço completo, a começar por https://, sem espaços.
error-already-claimed = Já é coautor da ideia #{ $id }.
error-already-linked = Esta conta já está associada ao seu perfil — não é preciso fazer mais nada.
error-not-on-yourself = Não pode fazer isso na sua própria conta — peça a outro moderador ou administrador.
error-already-banned = O membro { $member } já está impedido de enviar conteúdos.
error-not-banned = O membro { $member } não está bloqueado, por isso não há nada para anular.
error-nothing-to-review = Não há nada à espera de revisão — já foi tudo revisto. Obrigado!
error-stage-unchanged = Já está nessa fase — nada mudou.
error-pause-too-long = Uma pausa pode durar no máximo { $max ->
        [0] 0 dias
        [one] { $max } dia
       *[other] { $max } dias
    }.
error-target-out-of-range = Um prazo de resposta vai de 1 a { $max ->
        [one] { $max } dia útil
       *[other] { $max } dias úteis
    }.
error-already-in-theme = Essa ideia já está neste tema.
error-challenge-in-other-sprint = Esse desafio pertence a outro sprint. Escolha um deste sprint — /challenges mostra a lista.
error-theme-in-other-sprint = Esse tema pertence a outro sprint. As ideias e as Grandes Ideias só podem usar temas do seu próprio sprint — /theme list mostra-os.

## Commands that could not be read (ParseError). The adapter shows the command's usage after.

parse-not-a-command = Os comandos começam com uma barra, como /help. Para partilhar uma ideia, envie /idea.
parse-unknown-command = Desculpe, não conheço o comando /{ $command }. Envie /help para ver os comandos que pode usar.
parse-missing-argument = Depois de /{ $command } falta { parse-argument }.
parse-bad-value = «{ $value }» não serve aqui: depois de /{ $command } deve vir { parse-argument }.
parse-too-many-arguments = Há mais texto depois de /{ $command } do que o comando consegue usar. Confirme o comando e tente novamente.

# What a command's argument should be, used inside the two messages above (same arguments).
# In [when], «digest» is a literal: it is the command's keyword, not the Portuguese word for the digest.
parse-argument =
    { $argument ->
        [idea] um número de ideia, como 12
        [comment] um número de comentário, como c34
        [target] um número de ideia (como 12) ou de comentário (como c34)
        [of] um número de ideia (como 12) ou de Grande Ideia (como b3)
        [outcome] um resultado: under-consideration, prototyping, testing, adopted, scaled-and-spread ou not-taken-forward
        [note] uma nota
        [into] o número da ideia com que a quer fundir
        [text]
            { $command ->
                [comment] o seu comentário
                [reply] a sua resposta
                [respond] a resposta da equipa
               *[other] algum texto
            }
        [reason] um motivo
        [frequency] weekly (semanal), daily (diário) ou off (nunca)
        [language] o código de um idioma: pt, en, cy, pl, ro, pa, ur ou ar
        [challenge] um número de desafio, ou off
        [days] um número de dias, como 7, ou off
        [zone] o nome de um fuso horário, como Europe/Lisbon ou America/Sao_Paulo, ou off
        [sprint] um número de sprint
        [theme] um número de tema
        [themes] números de temas separados por vírgulas, como 2,3
        [bigidea] um número de Grande Ideia
        [member] um número de membro
        [role] uma função: member, champion, moderator ou admin
        [order] top, new ou mine
        [page] um número de página
        [code] um código de coautoria, como K7Q2XM
        [session] o nome da sessão, como Reunião da Enfermaria 4, ou off
        [action]
            { $command ->
                [theme] a palavra new, add ou list
                [bigidea] a palavra new, stage ou list
                [stage] a palavra sprint ou idea
                [challenge] a palavra add
               *[other] a palavra certa a seguir ao comando
            }
        [stage] uma fase, como testing ou scale and spread
        [opens] uma data de abertura, como 2026-06-01
        [closes] uma data de fecho, como 2026-06-30
        [title] um título
        [format] csv ou json
        [when] now (já) ou {"digest"} (no topo do próximo resumo)
        [welsh] um título e um texto em galês, ambos, depois da ligação (se não houver ligação, deixe o lugar dela vazio: Título | texto || título em galês | texto em galês)
       *[other] mais alguma coisa
    }

## Importing ideas from a chat or connect session (one problem per row; the line is shown too)

import-missing-column = O ficheiro precisa de uma coluna chamada «{ $column }». Acrescente-a à primeira linha e volte a importar o ficheiro.
import-unreadable-row = Não conseguimos ler esta linha. Verifique-a numa folha de cálculo (sobretudo as aspas) e volte a importar o ficheiro.
import-unknown-challenge = «{ $challenge }» não é um desafio deste sprint. Use o número do desafio ou o título exato — /challenges mostra a lista.
import-unknown-kind = «{ $kind }» não é um tipo que conheçamos. Use idea (ideia), experience (experiência) ou good practice (boa prática) — ou deixe em branco para «ideia».
error-web-not-configured = O painel web ainda não está configurado aqui: o operador do serviço tem de indicar o endereço público do site (CROWDSPRINT_PUBLIC_URL).
error-sign-in-link-invalid = Esta ligação para iniciar sessão já foi usada ou expirou. Envie /web ao bot na sua conversa para receber uma nova.
error-outcome-needs-note = Para dizer que uma ideia não vai avançar é preciso um motivo, para as pessoas que estão por trás dela: acrescente uma nota depois do resultado.
