# كلمات بوت Telegram الخاصة به: النصوص القليلة التي تختلف عن نصوص وحدة التحكم لأن في Telegram
# أزرارًا حيث تُكتب الأوامر في وحدة التحكم. كل ما عدا ذلك يأتي من chat.ftl (المشترك مع Discord)
# ومن core.ftl وerrors.ftl. تسميات الأزرار قصيرة: يعرض الهاتف نحو 30 حرفًا من الزر الممتد
# على عرض الشاشة.

## بطاقات الأفكار


## قوائم الأفكار

telegram-button-page = { $page }/{ $pages }

## نشر فكرة


## التسجيل


## المحادثات (البوت أثناء عمله)

telegram-text-only = لا أستطيع قراءة غير النصوص حاليًا. أرسل فكرتك مكتوبة، أو /help لمعرفة ما يمكنك فعله.
telegram-go-private = لنكمل في محادثة خاصة، حتى لا تمتلئ المجموعة بالرسائل.
telegram-sent-privately = أجبتك في محادثة خاصة: لا يراها أحد غيرك.
telegram-button-open-private = 💬 فتح محادثة خاصة
telegram-language-pick = ما اللغة التي تفضّلها؟
telegram-exported =
    { $table ->
        [updates] تحديثات الفريق من الجولة { $sprint }: { $count }.
        [responses] التعليقات التي تنتظر ردًّا أو تلقّت ردًّا في الجولة { $sprint }: { $count }.
       *[ideas] { $count ->
            [zero] لا أفكار من الجولة { $sprint }.
            [one] فكرة واحدة من الجولة { $sprint }.
            [two] فكرتان من الجولة { $sprint }.
            [few] { $count } أفكار من الجولة { $sprint }.
            [many] { $count } فكرة من الجولة { $sprint }.
           *[other] { $count } فكرة من الجولة { $sprint }.
        }
    }
telegram-no-similar = لا توجد أفكار مشابهة بعد.
