# كلمات يتشاركها بوتا المحادثة (Telegram وDiscord): الأزرار على بطاقات الأفكار والقوائم وقائمة
# المراجعة، والنصوص المرافقة للضغط عليها. تسميات الأزرار قصيرة: يعرض الهاتف نحو 30 حرفًا من
# الزر الممتد على عرض الشاشة.

## بطاقات الأفكار

chat-button-support = 👍 تأييد · { $count }
chat-button-supported = ✓ أيّدتها · { $count }
chat-button-comment = 💬 تعليق
chat-button-follow = 🔔 متابعة
chat-button-following = ✓ قيد المتابعة
chat-button-similar = 🔎 أفكار مشابهة
chat-button-web = 🌐 افتح على الويب

## قوائم الأفكار

chat-list-heading =
    { $list ->
        [top] الأفكار الأكثر تأييدًا
        [new] أحدث الأفكار
       *[mine] أفكارك
    } · الصفحة { $page } من { $pages }
chat-button-open = #{ $id } { $title }
chat-button-previous = ◀
chat-button-next = ▶

## نشر فكرة

chat-button-support-instead = 👍 #{ $id } { $title }
chat-button-post-anyway = انشر فكرتي رغم ذلك
chat-idea-similar-ask = اضغط على فكرة لتأييدها بدلًا من ذلك، أو انشر فكرتك على أي حال.

## التسجيل

chat-button-consent-yes = ✓ نعم، أوافق

## فريق الجولة

chat-button-approve = ✓ موافقة
chat-button-hide = 🙈 إخفاء
chat-button-respond = 💬 ردّ
chat-review-idea-meta = { $kind } · من { $author } · { $date }

## الردود على الضغط على الأزرار (200 حرف على الأكثر: يعرضها Telegram كتنبيه قصير)

chat-callback-stale = هذا الزر من رسالة قديمة ولم يعد يعمل. يُرجى إرسال الأمر مرة أخرى.
chat-callback-invalid = نأسف، لم يعمل هذا الزر. يُرجى إرسال الأمر مرة أخرى.

## المحادثات (البوت أثناء عمله)

chat-reg-ask-consent =
    الخصوصية: نحتفظ باسمك، وبالخيار الذي يصفك، وبما تنشره، لإدارة هذه الجولة ولإبلاغك بما يحدث للأفكار. يمكنك تنزيل بياناتك بالأمر /mydata وحذفها بالأمر /forgetme في أي وقت.
    هل توافق على ذلك؟
chat-idea-posted = شكرًا لك! رقم فكرتك #{ $id }. ويمكن للآخرين تأييدها من بطاقتها أدناه.
chat-idea-posted-held =
    شكرًا لك — حُفظت فكرتك برقم #{ $id }، لكننا سنبقيها معلّقة إلى أن يراجعها أحد أعضاء الفريق، لأنها قد تحتوي على بيانات شخصية ({ $reasons }).
    بهذا نحافظ على سلامة المرضى والزملاء. وسنبلغك فور نشرها.
chat-withdrawn = سحب فريق الجولة هذه الفكرة.
chat-card-more = … البقية، مع كل التعليقات: /show { $id } في محادثة خاصة معي.
chat-no-comments = لا توجد تعليقات بعد. اضغط 💬 تعليق لإضافة أول تعليق.
