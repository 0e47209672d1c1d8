# Geiriau'r consol terfynell. Mae enwau gorchmynion (/support, /idea, ...) yn aros yn Saesneg ym
# mhob iaith: dyna beth mae pobl yn ei deipio.

## Cyfarch a chofrestru

console-welcome =
    Croeso i crowdsprint, { $name }! Rhannwch syniadau a phrofiadau a allai wella gofal, cefnogwch y rhai rydych chi'n cytuno â nhw, a chlywch beth sy'n digwydd iddyn nhw.
    Teipiwch /start i gofrestru (mae'n cymryd munud), neu /help i weld beth allwch chi ei wneud. Defnyddiwch /quit i adael.

## Postio syniad

console-idea-posted = Diolch! Eich syniad yw #{ $id }. Rhannwch ef gyda /show { $id }; gall eraill ei gefnogi gyda /support { $id }.
console-idea-posted-held =
    Diolch — mae eich syniad wedi'i gadw fel #{ $id }, ond rydyn ni'n ei ddal yn ôl nes i rywun o'r tîm ei wirio, oherwydd efallai ei fod yn cynnwys manylion personol ({ $reasons }).
    Mae hyn yn cadw cleifion a chydweithwyr yn ddiogel. Byddwch chi'n clywed cyn gynted ag y bydd wedi'i gyhoeddi; gallwch chi ei weld o hyd gyda /show { $id }.

## Tîm y sbrint

console-exported =
    { $table ->
        [updates] Wedi allforio diweddariadau'r tîm i'r ffeil { $path }: { $count }.
        [responses] Wedi allforio sylwadau sy'n aros am ymateb neu wedi cael ymateb i'r ffeil { $path }: { $count }.
       *[ideas] Wedi allforio { $count ->
            [zero] dim syniadau
            [one] 1 syniad
            [two] { $count } syniad
            [few] { $count } syniad
            [many] { $count } syniad
           *[other] { $count } o syniadau
        } i'r ffeil { $path }.
    }
