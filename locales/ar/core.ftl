### الكلمات التي تقدّمها النواة لكل واجهة: شرح الأوامر وأسماء الأشياء.

## المساعدة: سطر لكل أمر في core/src/command/catalogue.rs، بصيغة «طريقة الاستخدام — ما يفعله».
## للأوامر ذات الصيغ المتعددة سطر لكل صيغة؛ السطر الأول هو الاستخدام المعتاد.
## أسماء الأوامر وكلماتها المفتاحية (new وadd وlist وcsv...) تبقى بالإنجليزية: لا يفهم المحلّل غيرها.
## الكلمات العربية بعد اسم الأمر هي ما يكتبه الشخص في مكانها (رقم، عنوان، سبب...).
## قواعد الجمع في العربية: zero (0)، one (1)، two (2)، few (3–10)، many (11–99)، other (100 فأكثر).

help-start = /start — التسجيل، أو البدء من جديد
help-help = /help [الأمر] — معرفة ما يمكنك فعله، أو طريقة استخدام أمر معيّن
help-sprint =
    /sprint [N] — عرض الجولة المفتوحة، أو الجولة N
    /sprint new الفتح الإغلاق العنوان | الوصف — التخطيط لجولة جديدة (تاريخا الفتح والإغلاق بصيغة 2026-06-30)
    /sprint window N الفتح الإغلاق — تغيير موعدَي فتح الجولة N وإغلاقها
    /sprint target N الأيام|default — تحديد مهلة رد خاصة بالجولة N بأيام العمل، أو إعادتها إلى مهلة الخدمة
help-sprints = /sprints — عرض كل الجولات ومرحلة كل منها
help-challenges = /challenges [الجولة] — عرض التحديات التي يمكنك تقديم أفكار لها
help-idea = /idea — مشاركة فكرة أو تجربة أو ممارسة جيدة (سنطرح عليك بضعة أسئلة قصيرة)
help-ideas = /ideas [top|new|mine] [الصفحة] — تصفّح الأفكار: الأكثر تأييدًا، أو الأحدث، أو أفكارك أنت
help-show = /show N — قراءة الفكرة N والتعليقات عليها
help-support = /support N — تأييد فكرة تتفق معها
help-unsupport = /unsupport N — سحب تأييدك لفكرة
help-comment = /comment N تعليقك — التعليق على الفكرة N
help-reply = /reply cN ردّك — الرد على تعليق (مثلًا: /reply c34 أتفق مع هذا)
help-follow = /follow N — تلقّي أخبار الفكرة N
help-unfollow = /unfollow N — التوقف عن تلقّي أخبار الفكرة N
help-subscribe = /subscribe weekly|daily|off — اختيار عدد مرات وصول النشرة إليك: weekly أسبوعيًا، أو daily يوميًا، أو off لإيقافها
help-pause = /pause الأيام — إيقاف إشعاراتك مؤقتًا مدة تصل إلى 90 يومًا؛ والأمر /pause off يعيد تشغيلها
help-timezone = /timezone المنطقة — تلقّي النشرات وساعات الهدوء حسب منطقتك الزمنية (مثلًا: /timezone Europe/Dublin)؛ والأمر /timezone off يعتمد توقيت الخدمة
help-mute = /mute الفكرة — إيقاف الإشعارات عن فكرة واحدة
help-unmute = /unmute الفكرة — تلقّي الإشعارات عن تلك الفكرة من جديد
help-language = /language [الرمز] — عرض اللغات المتاحة، أو اختيار لغتك (مثلًا: /language ar للعربية، أو /language en للإنجليزية)
help-link = /link [الرمز] — ربط حساباتك في تطبيقات المحادثة الأخرى: أرسل /link للحصول على رمز، ثم أرسل /link متبوعًا بالرمز في التطبيق الآخر
help-mydata = /mydata — عرض كل البيانات التي نحتفظ بها عنك
help-forgetme = /forgetme — حذف بياناتك؛ يبقى ما نشرته، ويظهر باسم «عضو سابق»
help-review = /review — عرض الأفكار والتعليقات التالية التي تنتظر المراجعة
help-approve = /approve N|cN — نشر فكرة (12) أو تعليق (c34) معلّق بانتظار المراجعة
help-respond = /respond N|cN ردّك — الرد على فكرة أو تعليق بصفتك سفيرًا
help-hide = /hide N|cN السبب — إخفاء فكرة أو تعليق يخالف القواعد، مع ذكر السبب
help-restore = /restore N|cN — إعادة إظهار فكرة أو تعليق مخفي
help-awaiting = /awaiting — عرض التعليقات التي لا تزال تنتظر ردًّا من أحد السفراء
help-stats = /stats [الجولة] — عرض أرقام جولة: الأشخاص والأفكار والتأييد والتعليقات
help-outcomes = /outcomes [SPRINT] — معرفة ما آلت إليه الأفكار: النتائج التي سجّلها الفريق، مع توضيحاتها
help-claim = /claim الرمز — الانضمام كمؤلف مشارك إلى فكرة دوّنها سفير نيابةً عن مجموعتك، ومعرفة ما ستؤول إليه
help-updates = /updates [الجولة] — قراءة تحديثات فريق الجولة، الأحدث أولًا
help-web = /web — الحصول على رابط للدخول إلى لوحة تحكّم الفريق على الويب (يُرسل إليك على انفراد، ويعمل مرة واحدة)
help-capture = /capture الاسم|off — تدوين الأفكار نيابةً عن مجموعة (اجتماع قصير، أو مرور على القسم): تحصل كل فكرة على رمز مطالبة لمن حضروا
help-merge = /merge N M — دمج الفكرة المكرّرة N في الفكرة M (وينتقل تأييدها إلى M)
help-challenge = /challenge add الجولة العنوان | الوصف — إضافة تحدٍّ إلى جولة
help-theme =
    /theme new الجولة الاسم | الوصف — إنشاء محور
    /theme add المحور الفكرة — إضافة فكرة إلى محور
    /theme list [الجولة] — عرض المحاور
help-bigidea =
    /bigidea new الجولة المحور,المحور العنوان | الوصف — إنشاء فكرة كبرى من محاور
    /bigidea stage N المرحلة — نقل الفكرة الكبرى N إلى مرحلة جديدة
    /bigidea list [الجولة] — عرض الأفكار الكبرى
help-outcome = /outcome N|bN OUTCOME توضيح — تسجيل ما آلت إليه الفكرة N أو الفكرة الكبرى bN، وإبلاغ كل من وقف وراءها (OUTCOME: under-consideration, prototyping, testing, adopted, scaled-and-spread، أو not-taken-forward الذي يتطلّب توضيحًا يذكر السبب)
help-update = /update — الكتابة إلى المشاركين في الجولة خطوة بخطوة: إرسال التحديث الآن إلى كل المشتركين، أو جعله في صدارة النشرة التالية (وفي سطر واحد: /update now|digest العنوان | النص [| الرابط [| العنوان بالويلزية | النص بالويلزية]])
help-stage =
    /stage sprint N المرحلة — نقل الجولة N إلى مرحلتها التالية (draft, open, closed, theming, prototyping, testing, scale and spread, archived)
    /stage idea N المرحلة — تحديد المرحلة التي بلغتها الفكرة N (submitted, themed, prototyping, testing, scale and spread, not taken forward)
help-ban = /ban العضو السبب — منع عضو من النشر (ويبقى بإمكانه القراءة)
help-unban = /unban العضو — السماح لعضو بالنشر من جديد
help-export = /export [الجولة] [ideas|updates|responses] [csv|json] [withheld] — تنزيل الأفكار المنشورة (أو تحديثات الفريق، أو مدة انتظار كل تعليق للردّ) بصيغة CSV (الصيغة الافتراضية) أو JSON؛ ويمكن للمديرين إضافة withheld لتشمل الأفكار المعلّقة والمخفية أيضًا، مع تمييزها
help-audit = /audit — عرض أحدث إجراءات الإشراف ومن قام بها
help-announce = /announce [التحدي] — في مجموعة أو موضوع: الإعلان هنا عن الأفكار الجديدة في الجولة الحالية (أو في تحدٍّ واحد)؛ والأمر /announce off يوقف ذلك
help-deliveries = /deliveries — طابور الإشعارات: كم منها ينتظر، وكم أُرسل، وكم توقّف، وسبب تعذّر إرسال آخر ما توقّف منها
help-role = /role العضو member|champion|moderator|admin — منح عضو دورًا

## أسماء الأشياء، يُختار كلٌّ منها بمتغيّر واحد (الكلمة المخزّنة).

role-name =
    { $role ->
        [member] عضو
        [champion] سفير
        [moderator] مشرف
       *[admin] مدير
    }

sprint-stage-name =
    { $stage ->
        [draft] قيد التخطيط
        [open] مفتوحة لتلقّي الأفكار
        [closed] مغلقة أمام الأفكار
        [theming] قيد تجميع الأفكار في محاور
        [prototyping] قيد إعداد النماذج الأولية
        [testing] قيد الاختبار
        [scale_and_spread] قيد التوسيع والتعميم
       *[archived] مؤرشفة
    }

development-stage-name =
    { $stage ->
        [submitted] مقدَّمة
        [themed] مصنَّفة ضمن محور
        [prototyping] قيد إعداد نموذج أولي
        [testing] قيد الاختبار
        [scale_and_spread] قيد التوسيع والتعميم
       *[not_taken_forward] لن يُستكمل العمل عليها
    }

idea-kind-name =
    { $kind ->
        [experience] تجربة
        [good_practice] ممارسة جيدة
       *[idea] فكرة
    }

describes-name =
    { $describes ->
        [staff] من العاملين في الخدمة الصحية
        [patient] من المرضى أو مستخدمي الخدمات
        [carer] من مقدّمي الرعاية أو أفراد الأسرة
        [lived_experience] شريك من أصحاب التجربة المعاشة
        [partner_organisation] من جهة شريكة
       *[other] غير ذلك
    }

digest-name =
    { $frequency ->
        [weekly] أسبوعية
        [daily] يومية
       *[off] متوقفة
    }

pii-kind-name =
    { $kind ->
        [nhs_number] رقم NHS
        [phone_number] رقم هاتف
        [email] عنوان بريد إلكتروني
        [postcode] رمز بريدي مع اسم
       *[date_of_birth] تاريخ ميلاد
    }

visibility-name =
    { $visibility ->
        [pending] بانتظار المراجعة
        [visible] منشور
        [hidden] مخفي
       *[merged] مدموج
    }

origin-name =
    { $origin ->
        [telegram] Telegram
        [discord] Discord
        [console] وحدة التحكم
       *[other] مستورَد
    }

# يظهر بدلًا من اسم من طلب حذف بياناته.
former-member = عضو سابق
# صاحب الفكرة المدوّنة نيابةً عن مجموعة، على بطاقتها وصفحتها: المجموعة، لا السفير الذي كتبها.
# يحلّ محلّ { $author } بعد «من».
idea-by-group = المجموعة الحاضرة في { $session }

## الإعلانات في المجموعات والمواضيع

announce-group-only = يعمل الأمر /announce في محادثة جماعية أو في موضوع: أضف البوت إليها، ثم أرسل الأمر فيها.
announce-tied = سيُعلَن هنا عن الأفكار الجديدة في «{ $title }».
announce-untied = لن يُعلَن هنا عن الأفكار الجديدة بعد الآن.
announce-not-tied = لم يكن يُعلَن هنا عن أي شيء.
announce-heading = 💡 فكرة جديدة

## الإشعارات: ما يصل الناس عن أفكارهم وتعليقاتهم وجولاتهم

notify-idea-approved = ✅ رُوجعت فكرتك #{ $id } «{ $title }» ونُشرت.
notify-idea-held = ⏸ فكرتك #{ $id } «{ $title }» معلّقة إلى أن يراجعها الفريق، لأنها قد تحتوي على بيانات شخصية ({ $reasons }).
notify-idea-hidden = 🙈 أخفى الفريق فكرتك #{ $id } «{ $title }»: { $reason }
notify-idea-merged = 🔗 دُمجت فكرتك #{ $id } «{ $title }» في الفكرة #{ $into } «{ $into_title }»، وانتقل مؤيدوها معها.
notify-idea-themed = 🏷 أصبحت فكرتك #{ $id } «{ $title }» الآن ضمن المحور «{ $theme }».
notify-idea-stage = 🚀 تغيّرت مرحلة الفكرة #{ $id } «{ $title }»، وهي الآن: { $stage }.
notify-comment-hidden = 🙈 أخفى الفريق تعليقك c{ $comment } على الفكرة #{ $idea }: { $reason }
notify-response-to-comment = 💬 ردّ الفريق على تعليقك على الفكرة #{ $id } «{ $title }».
notify-response-to-idea = 💬 ردّ الفريق على فكرتك #{ $id } «{ $title }».
notify-reply-to-comment = 💬 ردّ أحد المشاركين على تعليقك على الفكرة #{ $id } «{ $title }».
notify-still-with-team = ⏳ لا يزال تعليقك على الفكرة #{ $id } «{ $title }» بين يدي فريق الجولة. تعليقك لم يُنسَ: سيصلك إشعار فور ردّ الفريق عليه.
# تذكيرات وعد الرد الموجّهة إلى فريق الجولة: صباح عمل السفير، ويوم الاثنين للمشرف. يلي العنوان
# سطر لكل تعليق؛ $left و$waited مدد زمنية («3 ساعات»، «6 أيام»).
notify-responses-nearing =
    { $count ->
        [zero] ⏰ لا تعليقات على وشك تجاوز مهلة الرد ({ $days ->
            [zero] { $days } يوم عمل
            [one] يوم عمل واحد
            [two] يوما عمل
            [few] { $days } أيام عمل
            [many] { $days } يوم عمل
           *[other] { $days } يوم عمل
        }):
        [one] ⏰ تعليق واحد على وشك تجاوز مهلة الرد ({ $days ->
            [zero] { $days } يوم عمل
            [one] يوم عمل واحد
            [two] يوما عمل
            [few] { $days } أيام عمل
            [many] { $days } يوم عمل
           *[other] { $days } يوم عمل
        }):
        [two] ⏰ تعليقان على وشك تجاوز مهلة الرد ({ $days ->
            [zero] { $days } يوم عمل
            [one] يوم عمل واحد
            [two] يوما عمل
            [few] { $days } أيام عمل
            [many] { $days } يوم عمل
           *[other] { $days } يوم عمل
        }):
        [few] ⏰ { $count } تعليقات على وشك تجاوز مهلة الرد ({ $days ->
            [zero] { $days } يوم عمل
            [one] يوم عمل واحد
            [two] يوما عمل
            [few] { $days } أيام عمل
            [many] { $days } يوم عمل
           *[other] { $days } يوم عمل
        }):
        [many] ⏰ { $count } تعليقًا على وشك تجاوز مهلة الرد ({ $days ->
            [zero] { $days } يوم عمل
            [one] يوم عمل واحد
            [two] يوما عمل
            [few] { $days } أيام عمل
            [many] { $days } يوم عمل
           *[other] { $days } يوم عمل
        }):
       *[other] ⏰ { $count } تعليق على وشك تجاوز مهلة الرد ({ $days ->
            [zero] { $days } يوم عمل
            [one] يوم عمل واحد
            [two] يوما عمل
            [few] { $days } أيام عمل
            [many] { $days } يوم عمل
           *[other] { $days } يوم عمل
        }):
    }
notify-responses-overdue =
    { $count ->
        [zero] 🗓️ قائمة المتأخرات لهذا الأسبوع: لا تعليقات تجاوز انتظارها مهلة الرد ({ $days ->
            [zero] { $days } يوم عمل
            [one] يوم عمل واحد
            [two] يوما عمل
            [few] { $days } أيام عمل
            [many] { $days } يوم عمل
           *[other] { $days } يوم عمل
        }):
        [one] 🗓️ قائمة المتأخرات لهذا الأسبوع: تعليق واحد تجاوز انتظاره مهلة الرد ({ $days ->
            [zero] { $days } يوم عمل
            [one] يوم عمل واحد
            [two] يوما عمل
            [few] { $days } أيام عمل
            [many] { $days } يوم عمل
           *[other] { $days } يوم عمل
        }):
        [two] 🗓️ قائمة المتأخرات لهذا الأسبوع: تعليقان تجاوز انتظارهما مهلة الرد ({ $days ->
            [zero] { $days } يوم عمل
            [one] يوم عمل واحد
            [two] يوما عمل
            [few] { $days } أيام عمل
            [many] { $days } يوم عمل
           *[other] { $days } يوم عمل
        }):
        [few] 🗓️ قائمة المتأخرات لهذا الأسبوع: { $count } تعليقات تجاوز انتظارها مهلة الرد ({ $days ->
            [zero] { $days } يوم عمل
            [one] يوم عمل واحد
            [two] يوما عمل
            [few] { $days } أيام عمل
            [many] { $days } يوم عمل
           *[other] { $days } يوم عمل
        }):
        [many] 🗓️ قائمة المتأخرات لهذا الأسبوع: { $count } تعليقًا تجاوز انتظارها مهلة الرد ({ $days ->
            [zero] { $days } يوم عمل
            [one] يوم عمل واحد
            [two] يوما عمل
            [few] { $days } أيام عمل
            [many] { $days } يوم عمل
           *[other] { $days } يوم عمل
        }):
       *[other] 🗓️ قائمة المتأخرات لهذا الأسبوع: { $count } تعليق تجاوز انتظارها مهلة الرد ({ $days ->
            [zero] { $days } يوم عمل
            [one] يوم عمل واحد
            [two] يوما عمل
            [few] { $days } أيام عمل
            [many] { $days } يوم عمل
           *[other] { $days } يوم عمل
        }):
    }
notify-nearing-line = • c{ $comment } على #{ $id } «{ $title }» — المتبقي: { $left }
notify-overdue-line = • c{ $comment } على #{ $id } «{ $title }» — مدة الانتظار: { $waited }
notify-waiting-more =
    { $count ->
        [zero] …ولا تعليقات أخرى.
        [one] …وتعليق آخر.
        [two] …وتعليقان آخران.
        [few] …و{ $count } تعليقات أخرى.
        [many] …و{ $count } تعليقًا آخر.
       *[other] …و{ $count } تعليق آخر.
    }
notify-waiting-hint = أرسل /respond cN مع ردّك للرد على التعليق، أو أرسل /awaiting لعرض كل التعليقات التي تنتظر الرد.
notify-idea-outcome = 📌 ما آلت إليه الفكرة #{ $id } «{ $title }»: { $outcome }. { $note }
notify-big-idea-outcome = 📌 ما آلت إليه الفكرة الكبرى «{ $title }»، التي نشأت من أفكار كتبتها أو أيّدتها أو ناقشتها أو تابعتها: { $outcome }. { $note }
notify-big-idea-stage = 🌱 لصوتك أثر: الفكرة الكبرى «{ $title }»، التي نشأت من أفكار كتبتها أو أيّدتها أو ناقشتها، انتقلت إلى مرحلة جديدة، وهي الآن: { $stage }.
notify-sprint-opened = 📣 الجولة { $id } «{ $title }» مفتوحة الآن لتلقّي الأفكار. التحديات: { $challenges }. أرسل /idea لمشاركة فكرتك.
notify-sprint-closed =
    🏁 أُغلقت الجولة { $id } «{ $title }»، وهذه حصيلتها: { $people ->
        [zero] لا مشاركين
        [one] مشارك واحد
        [two] مشاركان
        [few] { $people } مشاركين
        [many] { $people } مشاركًا
       *[other] { $people } مشارك
    }، و{ $ideas ->
        [zero] لا أفكار
        [one] فكرة واحدة
        [two] فكرتان
        [few] { $ideas } أفكار
        [many] { $ideas } فكرة
       *[other] { $ideas } فكرة
    }، و{ $interactions ->
        [zero] لا تفاعلات
        [one] تفاعل واحد
        [two] تفاعلان
        [few] { $interactions } تفاعلات
        [many] { $interactions } تفاعلًا
       *[other] { $interactions } تفاعل
    }. شكرًا لمشاركتك.
notify-sprint-stage = 🗺 تغيّرت مرحلة الجولة { $id } «{ $title }»، وهي الآن: { $stage }.
notify-idea-published = 💡 فكرة جديدة #{ $id } «{ $title }».
notify-comment-published = 💬 تعليق جديد c{ $comment } على الفكرة #{ $id }.
notify-idea-revised = عدّل فريق الجولة الفكرة #{ $id }.
notify-comment-revised = عدّل فريق الجولة التعليق c{ $comment } على الفكرة #{ $id }.
notify-button-open = عرض الفكرة #{ $id }

## طابور الإرسال

deliveries-counts = الإشعارات — بالانتظار: { $pending }، قيد الإرسال: { $sending }، أُرسلت: { $sent }، متوقفة: { $dead }، تولّاها معالج آخر بعد توقّف الأول: { $duplicate } (ربما أُرسل كلٌّ منها مرتين).
deliveries-dead-line = متوقف #{ $id }: { $event } للعضو { $member } على { $platform }: { $reason }
notify-paused = أُوقفت الإشعارات مؤقتًا حتى { $until }. والأمر /pause off يعيدها قبل ذلك.
notify-resumed = عادت الإشعارات من جديد.
notify-muted = لن تصلك إشعارات عن الفكرة #{ $id } بعد الآن. للتراجع عن ذلك: /unmute { $id }
notify-unmuted = ستصلك الإشعارات عن الفكرة #{ $id } من جديد.

## النشرة وتذكير الإغلاق

notify-sprint-closing-soon = ⏳ تُغلق الجولة { $id } «{ $title }» بعد 48 ساعة ({ $closes }). { $news ->
        [zero] ما زال هناك وقت لنشر فكرة أو تأييد أفكار الآخرين.
        [one] وصلت تعليقات جديدة على فكرة واحدة أيّدتها.
        [two] وصلت تعليقات جديدة على فكرتين أيّدتهما.
        [few] وصلت تعليقات جديدة على { $news } أفكار أيّدتها.
        [many] وصلت تعليقات جديدة على { $news } فكرة أيّدتها.
       *[other] وصلت تعليقات جديدة على { $news } فكرة أيّدتها.
    }
digest-heading = { $frequency ->
        [daily] 📬 نشرتك اليومية من crowdsprint
       *[other] 📬 نشرتك الأسبوعية من crowdsprint
    }
digest-challenges = تحديات جديدة:
digest-updates = من الفريق:
digest-challenge = • { $title }
digest-top-ideas = الأفكار الجديدة الأكثر تأييدًا:
digest-top-idea = • #{ $id } { $title } ({ $count ->
        [zero] لا مؤيدين
        [one] مؤيد واحد
        [two] مؤيدان
        [few] { $count } مؤيدين
        [many] { $count } مؤيدًا
       *[other] { $count } مؤيد
    })
digest-followed = في الأفكار التي تتابعها:
digest-followed-idea = • #{ $id } { $title }: { $count ->
        [zero] لا تعليقات جديدة
        [one] تعليق جديد واحد
        [two] تعليقان جديدان
        [few] { $count } تعليقات جديدة
        [many] { $count } تعليقًا جديدًا
       *[other] { $count } تعليق جديد
    }
digest-responses = ردّ الفريق عليك:
digest-response = • #{ $id } { $title }
digest-outcomes = ما آلت إليه الأفكار التي أيّدتها:
digest-outcome = • #{ $id } { $title }: { $outcome }
digest-deadlines = جولات تُغلق قريبًا:
digest-deadline = • { $title } — تُغلق في { $closes }
digest-footer = { $frequency ->
        [daily] تصلك هذه النشرة كل يوم لأنك اشتركت فيها.
       *[other] تصلك هذه النشرة كل أسبوع لأنك اشتركت فيها.
    } ولتغيير عدد مرات وصولها: /subscribe
digest-button-support = 👍 #{ $id }
digest-button-follow = 🔔 #{ $id }
digest-button-open = عرض #{ $id }
digest-button-unsubscribe = إلغاء الاشتراك
digest-unsubscribed = لن تصلك النشرة ولا أخبار الجولات بعد الآن. والأمر /subscribe weekly يعيدها إليك.
notify-timezone-set = منطقتك الزمنية الآن { $zone }: تصلك النشرات في صباحك، وتتبع ساعاتُ الهدوء ليلَك.
notify-timezone-off = حُذفت منطقتك الزمنية؛ وستتبع الأوقات توقيت الخدمة ({ $zone }).

## حدود السرعة. $kind هو idea أو comment أو link أو vote؛ و$unit هو seconds أو minutes.

slow-down =
    { $kind ->
        [idea] شاركت أفكارًا كثيرة في وقت قصير — شكرًا لك!
        [comment] هذه تعليقات كثيرة في وقت قصير — شكرًا لك!
        [link] هذه محاولات ربط كثيرة في وقت قصير.
       *[vote] هذه مرات تأييد كثيرة في وقت قصير.
    } يُرجى المحاولة مرة أخرى بعد { $unit ->
        [minutes]
            { $count ->
                [zero] لحظات
                [one] دقيقة واحدة
                [two] دقيقتين
                [few] { $count } دقائق
                [many] { $count } دقيقة
               *[other] { $count } دقيقة
            }
       *[seconds]
            { $count ->
                [zero] لحظات
                [one] ثانية واحدة
                [two] ثانيتين
                [few] { $count } ثوانٍ
                [many] { $count } ثانية
               *[other] { $count } ثانية
            }
    }.

## بياناتك (/mydata): سطر قبل السجل الكامل
mydata-summary = { $accounts ->
        [zero] لا حسابات مرتبطة
        [one] حساب واحد مرتبط
        [two] حسابان مرتبطان
        [few] { $accounts } حسابات مرتبطة
        [many] { $accounts } حسابًا مرتبطًا
       *[other] { $accounts } حساب مرتبط
    }، و{ $ideas ->
        [zero] لا أفكار
        [one] فكرة واحدة
        [two] فكرتان
        [few] { $ideas } أفكار
        [many] { $ideas } فكرة
       *[other] { $ideas } فكرة
    }، و{ $comments ->
        [zero] لا تعليقات
        [one] تعليق واحد
        [two] تعليقان
        [few] { $comments } تعليقات
        [many] { $comments } تعليقًا
       *[other] { $comments } تعليق
    }؛ الأفكار التي أيّدتها: { $supported }، والأفكار التي تتابعها: { $following }؛ الرسائل الموجّهة إليك، المنتظرة أو المحفوظة: { $deliveries } (تُحفظ 30 يومًا بعد إرسالها)؛ { $audit ->
        [zero] لا قيود
        [one] قيد واحد
        [two] قيدان
        [few] { $audit } قيود
        [many] { $audit } قيدًا
       *[other] { $audit } قيد
    } في سجل إجراءات الفريق، عنك أو من قِبلك.

## كلمات التخطيطات النصية (core/src/layout.rs وتخطيطات بوتات المحادثة): أسطر الأفكار،
## والبطاقات، والقوائم، وقائمة المراجعة، والجولات، وأسطر السجل، والإجابات في كل واجهة.

member-welcome-back = أهلًا بعودتك، { $name }. اكتب /ideas لرؤية أبرز الأفكار، أو /idea لمشاركة فكرة، أو /help لمعرفة كل ما يمكنك فعله.
registration-not-saved = لم يُحفظ أي شيء. اكتب /start في أي وقت يناسبك.
member-registered = تم تسجيلك، { $name }. اكتب /idea لمشاركة فكرة، أو /ideas لرؤية ما اقترحه الآخرون، أو /help للمزيد.
plain-text-unregistered = شكرًا! لنشر ذلك كفكرة، يُرجى التسجيل أولًا بالأمر /start — لن يستغرق ذلك سوى دقيقة.
idea-intro = فكرة جديدة في «{ $sprint }».
idea-ask-title = اكتب عنوانًا قصيرًا لفكرتك (حتى 120 حرفًا).
idea-similar =
    { $count ->
        [zero] لا توجد أفكار مشابهة.
        [one] هناك فكرة مشابهة سبق نشرها:
        [two] هناك فكرتان مشابهتان سبق نشرهما:
        [few] هناك { $count } أفكار مشابهة سبق نشرها:
        [many] هناك { $count } فكرة مشابهة سبق نشرها:
       *[other] هناك { $count } فكرة مشابهة سبق نشرها:
    }
support-added =
    سُجّل تأييدك للفكرة #{ $id }. { $supporters ->
        [zero] ليس لها أي مؤيد الآن.
        [one] لها مؤيد واحد.
        [two] لها مؤيدان.
        [few] لها { $supporters } مؤيدين.
        [many] لها { $supporters } مؤيدًا.
       *[other] لها { $supporters } مؤيد.
    }
support-removed =
    سُحب تأييدك للفكرة #{ $id }. { $supporters ->
        [zero] ليس لها أي مؤيد الآن.
        [one] لها مؤيد واحد.
        [two] لها مؤيدان.
        [few] لها { $supporters } مؤيدين.
        [many] لها { $supporters } مؤيدًا.
       *[other] لها { $supporters } مؤيد.
    }
comment-added = شكرًا — نُشر تعليقك c{ $id } على الفكرة #{ $idea }.
comment-held = حُفظ تعليقك c{ $id }، لكنه معلّق إلى أن يراجعه أحد أعضاء الفريق، لأنه قد يحتوي على بيانات شخصية ({ $reasons }).
follow-added = بدأت متابعة الفكرة #{ $id }: ستصلك الردود عليها وأخبار تقدّمها.
follow-removed = أوقفت متابعة الفكرة #{ $id }.
digest-subscribed = النشرة: { $frequency }.
language-current = لغتك الحالية: { $language }. يمكنك الاختيار من بين: { $choices } — مثلًا: /language en
language-set = تم اختيار اللغة: { $language }.
account-link-code = رمز الربط الخاص بك: { $code }. اكتب /link { $code } في التطبيق الآخر خلال { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    } لربط الحسابين.
account-linked = تم — أصبح هذا الحساب مرتبطًا بملفك في crowdsprint.
mydata-heading = كل البيانات التي نحتفظ بها عنك:
member-forget-confirm = سيؤدي هذا إلى حذف اسمك وحساباتك. تبقى أفكارك وتعليقاتك، وتظهر باسم «عضو سابق». اكتب نعم للحذف، أو أي شيء آخر للاحتفاظ بحسابك.
member-forgotten = حُذفت بياناتك. شكرًا لمشاركتك.
conversation-cancelled = أُلغي الأمر — لم يتغيّر شيء.
conversation-nothing-to-cancel = لا يوجد ما يمكن إلغاؤه.
idea-line =
    #{ $id } { $title } — { $supporters ->
        [zero] لا مؤيدين
        [one] مؤيد واحد
        [two] مؤيدان
        [few] { $supporters } مؤيدين
        [many] { $supporters } مؤيدًا
       *[other] { $supporters } مؤيد
    }، { $comments ->
        [zero] لا تعليقات
        [one] تعليق واحد
        [two] تعليقان
        [few] { $comments } تعليقات
        [many] { $comments } تعليقًا
       *[other] { $comments } تعليق
    }
no-ideas = لا توجد أفكار هنا بعد. شارك بأول فكرة: اكتب /idea.
list-page = الصفحة { $page } من { $pages }. الصفحة التالية: /ideas { $list } { $next }
idea-title = #{ $id } { $title }
idea-meta = { $kind } · { $challenge } · من { $author } · { $date }
idea-held = معلّقة للمراجعة: قد تحتوي على { $reasons }.
idea-hidden = أخفاها الفريق: { $reason }
idea-merged = دُمجت في الفكرة #{ $into }.
idea-status =
    { $supporters ->
        [zero] لا مؤيدين
        [one] مؤيد واحد
        [two] مؤيدان
        [few] { $supporters } مؤيدين
        [many] { $supporters } مؤيدًا
       *[other] { $supporters } مؤيد
    } · المرحلة: { $stage }{ $supported ->
        [yes] {" "}· أيّدتها
       *[no] {""}
    }{ $following ->
        [yes] {" "}· قيد المتابعة
       *[no] {""}
    }
idea-themes = المحاور: { $themes }
no-comments = لا توجد تعليقات بعد. أضف تعليقًا بالأمر /comment { $id } تعليقك
comments-heading = التعليقات:
comment-line = c{ $id } { $author }: { $body }
response-line = c{ $id } ✔ ردّ من { $author }: { $body }
idea-actions = /support { $id } · /comment { $id } النص · /follow { $id }
sprint-title = الجولة { $id }: { $title } ({ $stage })
sprint-open-until = مفتوحة لتلقّي الأفكار من { $opens } حتى { $closes }.
sprint-window = تمتد من { $opens } إلى { $closes }؛ ولا تستقبل أفكارًا جديدة الآن.
sprint-line = الجولة { $id }: { $title } — { $stage }، تُغلق في { $closes }
sprint-target-set =
    { $own ->
        [yes] تعد الجولة { $id } «{ $title }» الآن بالرد خلال { $days ->
            [zero] { $days } يوم عمل
            [one] يوم عمل واحد
            [two] يومَي عمل
            [few] { $days } أيام عمل
            [many] { $days } يوم عمل
           *[other] { $days } يوم عمل
        }.
       *[no] عادت الجولة { $id } «{ $title }» إلى مهلة الرد التي تعتمدها الخدمة: { $days ->
            [zero] { $days } يوم عمل
            [one] يوم عمل واحد
            [two] يوما عمل
            [few] { $days } أيام عمل
            [many] { $days } يوم عمل
           *[other] { $days } يوم عمل
        }.
    }
idea-counts =
    { $people ->
        [zero] لا مشاركين
        [one] مشارك واحد
        [two] مشاركان
        [few] { $people } مشاركين
        [many] { $people } مشاركًا
       *[other] { $people } مشارك
    } · { $ideas ->
        [zero] لا أفكار
        [one] فكرة واحدة
        [two] فكرتان
        [few] { $ideas } أفكار
        [many] { $ideas } فكرة
       *[other] { $ideas } فكرة
    } · { $votes ->
        [zero] لا تأييد
        [one] تأييد واحد
        [two] تأييدان
        [few] { $votes } تأييدات
        [many] { $votes } تأييدًا
       *[other] { $votes } تأييد
    } · { $comments ->
        [zero] لا تعليقات
        [one] تعليق واحد
        [two] تعليقان
        [few] { $comments } تعليقات
        [many] { $comments } تعليقًا
       *[other] { $comments } تعليق
    } · { $interactions ->
        [zero] لا تفاعلات
        [one] تفاعل واحد
        [two] تفاعلان
        [few] { $interactions } تفاعلات
        [many] { $interactions } تفاعلًا
       *[other] { $interactions } تفاعل
    }
challenges-heading = التحديات:
no-challenges = لا تحديات في هذه الجولة بعد.
help-heading = ما يمكنك فعله:
help-section = أوامر خاصة بدور { $role }:
help-footer = اكتب /help متبوعًا باسم أمر لمعرفة المزيد، مثلًا: /help support. وأي نص عادي ترسله يصبح فكرة جديدة.
command-usage = طريقة الاستخدام: { $usage }
review-heading = بانتظار المراجعة: { $ideas ->
        [zero] لا أفكار
        [one] فكرة واحدة
        [two] فكرتان
        [few] { $ideas } أفكار
        [many] { $ideas } فكرة
       *[other] { $ideas } فكرة
    }، و{ $comments ->
        [zero] لا تعليقات
        [one] تعليق واحد
        [two] تعليقان
        [few] { $comments } تعليقات
        [many] { $comments } تعليقًا
       *[other] { $comments } تعليق
    }.
review-comment = c{ $id } على #{ $idea } «{ $title }» — { $author }: { $body }
review-actions = /approve { $target } · /hide { $target } السبب · /respond { $target } النص
review-approved = تمت الموافقة على { $target }.
review-responded = نُشر الرد c{ $id } على { $target }؛ وسيُبلَّغ صاحبه.
review-hidden = أُخفي { $target }؛ وسيُبلَّغ صاحبه بالسبب.
review-restored = أُعيد إظهار { $target }.
stats-responses =
    الردود الأولى: الوقت الوسيط { $median }؛ { $within } من أصل { $answered } خلال { $days ->
        [zero] { $days } يوم عمل
        [one] يوم عمل واحد
        [two] يومَي عمل
        [few] { $days } أيام عمل
        [many] { $days } يوم عمل
       *[other] { $days } يوم عمل
    }.
stats-no-responses = الردود الأولى: لا ردود بعد.
stats-captured =
    دُوّنت نيابةً عن مجموعات: { $count ->
        [zero] لا أفكار
        [one] فكرة واحدة
        [two] فكرتان
        [few] { $count } أفكار
        [many] { $count } فكرة
       *[other] { $count } فكرة
    } من { $sessions ->
        [zero] لا جلسات
        [one] جلسة واحدة
        [two] جلستين
        [few] { $sessions } جلسات
        [many] { $sessions } جلسة
       *[other] { $sessions } جلسة
    } (لا تُحسب ضمن أفكار السفراء أنفسهم).
stats-updates =
    تحديثات الفريق: { $now ->
        [zero] لم يُرسَل أي تحديث فورًا
        [one] أُرسل تحديث واحد فورًا
        [two] أُرسل تحديثان فورًا
        [few] أُرسل { $now } تحديثات فورًا
        [many] أُرسل { $now } تحديثًا فورًا
       *[other] أُرسل { $now } تحديث فورًا
    }، و{ $digest ->
        [zero] لم يُؤجَّل أي تحديث إلى النشرات
        [one] أُجِّل تحديث واحد إلى النشرات
        [two] أُجِّل تحديثان إلى النشرات
        [few] أُجِّل { $digest } تحديثات إلى النشرات
        [many] أُجِّل { $digest } تحديثًا إلى النشرات
       *[other] أُجِّل { $digest } تحديث إلى النشرات
    }.
outcome-name =
    { $outcome ->
        [under_consideration] قيد الدراسة
        [prototyping] انتقلت إلى إعداد نموذج أولي
        [testing] قيد الاختبار
        [adopted] اعتُمدت
        [scaled_and_spread] جرى توسيعها وتعميمها
       *[not_taken_forward] لن يُستكمل العمل عليها
    }
outcome-set =
    سُجّلت نتيجة { $of }: { $outcome }. { $count ->
        [zero] ولا يوجد من يُبلَّغ بذلك.
        [one] وسيُبلَّغ بذلك شخص واحد.
        [two] وسيُبلَّغ بذلك شخصان.
        [few] وسيُبلَّغ بذلك { $count } أشخاص.
        [many] وسيُبلَّغ بذلك { $count } شخصًا.
       *[other] وسيُبلَّغ بذلك { $count } شخص.
    }
outcomes-heading = ما آلت إليه الأفكار في «{ $sprint }»:
outcomes-line = { $of } «{ $title }»: { $outcome }
outcomes-line-noted = { $of } «{ $title }»: { $outcome } — { $note }
outcomes-none = لم تُسجَّل أي نتائج في «{ $sprint }» بعد.
# Team updates: $title and $body are the team's words (in Welsh for a Welsh reader when
# the team gave them); $has_link is yes when there is a $link.
team-update =
    📣 من فريق الجولة: { $title }
    { $body }{ $has_link ->
        [yes] {""}
            المزيد: { $link }
       *[other] {""}
    }
update-posted =
    { $when ->
        [now] ✅ التحديث #{ $id } في طريقه إلى كل المشتركين، بالسرعة التي تسمح بها المنصّات.
       *[digest] ✅ سيتصدّر التحديث #{ $id } النشرة التالية لدى الجميع، تحت «من الفريق».
    }
updates-heading = 📣 تحديثات فريق الجولة في «{ $sprint }»، الأحدث أولًا:
updates-line = • #{ $id } { $date }: { $title }
updates-none = لم ينشر فريق الجولة أي تحديث في «{ $sprint }» بعد.
web-sign-in-link = رابط دخولك إلى لوحة تحكّم الفريق: { $link }
    يعمل مرة واحدة فقط، لمدة { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }. لا تشاركه مع أحد: فمن يستخدمه يدخل باسمك.
# تدوين الأفكار نيابةً عن مجموعة (اجتماع قصير، أو مرور على القسم)، والمطالبة بها.
capture-started = 📝 يجري تدوين الأفكار لجلسة «{ $session }». كل فكرة تنشرها الآن تُنسب إلى المجموعة لا إليك، وتحصل على رمز مطالبة لمن حضروا. أرسل /capture off عند انتهاء الجلسة (يتوقف التدوين تلقائيًا بعد { $hours ->
        [zero] { $hours } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
        [many] { $hours } ساعة
       *[other] { $hours } ساعة
    }).
capture-status =
    { $count ->
        [zero] 📝 يجري تدوين الأفكار لجلسة «{ $session }»: لا أفكار حتى الآن. أرسل /capture off عند انتهاء الجلسة.
        [one] 📝 يجري تدوين الأفكار لجلسة «{ $session }»: فكرة واحدة حتى الآن. أرسل /capture off عند انتهاء الجلسة.
        [two] 📝 يجري تدوين الأفكار لجلسة «{ $session }»: فكرتان حتى الآن. أرسل /capture off عند انتهاء الجلسة.
        [few] 📝 يجري تدوين الأفكار لجلسة «{ $session }»: { $count } أفكار حتى الآن. أرسل /capture off عند انتهاء الجلسة.
        [many] 📝 يجري تدوين الأفكار لجلسة «{ $session }»: { $count } فكرة حتى الآن. أرسل /capture off عند انتهاء الجلسة.
       *[other] 📝 يجري تدوين الأفكار لجلسة «{ $session }»: { $count } فكرة حتى الآن. أرسل /capture off عند انتهاء الجلسة.
    }
capture-stopped =
    { $count ->
        [zero] انتهت جلسة التدوين «{ $session }»: لم تُدوَّن أي فكرة. الأفكار التي تنشرها الآن تُنسب إليك من جديد.
        [one] انتهت جلسة التدوين «{ $session }»: دُوّنت فكرة واحدة. الأفكار التي تنشرها الآن تُنسب إليك من جديد.
        [two] انتهت جلسة التدوين «{ $session }»: دُوّنت فكرتان. الأفكار التي تنشرها الآن تُنسب إليك من جديد.
        [few] انتهت جلسة التدوين «{ $session }»: دُوّنت { $count } أفكار. الأفكار التي تنشرها الآن تُنسب إليك من جديد.
        [many] انتهت جلسة التدوين «{ $session }»: دُوّنت { $count } فكرة. الأفكار التي تنشرها الآن تُنسب إليك من جديد.
       *[other] انتهت جلسة التدوين «{ $session }»: دُوّنت { $count } فكرة. الأفكار التي تنشرها الآن تُنسب إليك من جديد.
    }
capture-none = أنت لا تدوّن أفكارًا نيابةً عن مجموعة الآن. ابدأ بالأمر /capture متبوعًا باسم الجلسة، مثلًا: /capture اجتماع القسم 4.
idea-captured = 🤝 دُوّنت الفكرة #{ $id } لجلسة «{ $session }». رمز المطالبة الخاص بها: { $code }. يمكن لأي شخص حضر الجلسة أن يرسل /claim { $code } إلى البوت ليصبح مؤلفًا مشاركًا فيها ويعرف ما ستؤول إليه.
idea-claimed = ✅ أصبحت الآن مؤلفًا مشاركًا في الفكرة #{ $id } «{ $title }». أنت تتابعها، وستعرف حين يردّ الفريق وما ستؤول إليه.
awaiting-heading =
    { $count ->
        [zero] لا تعليقات بانتظار الرد.
        [one] تعليق واحد بانتظار الرد:
        [two] تعليقان بانتظار الرد:
        [few] { $count } تعليقات بانتظار الرد:
        [many] { $count } تعليقًا بانتظار الرد:
       *[other] { $count } تعليق بانتظار الرد:
    }
awaiting-line = c{ $id } على #{ $idea } — { $author }: { $body }
awaiting-none = تلقّت كل التعليقات ردًّا. شكرًا لكم!
review-merged =
    دُمجت الفكرة #{ $from } في #{ $into }، { $supporters ->
        [zero] وليس لها أي مؤيد حتى الآن.
        [one] وأصبح لها الآن مؤيد واحد.
        [two] وأصبح لها الآن مؤيدان.
        [few] وأصبح لها الآن { $supporters } مؤيدين.
        [many] وأصبح لها الآن { $supporters } مؤيدًا.
       *[other] وأصبح لها الآن { $supporters } مؤيد.
    }
sprint-created = أُنشئت الجولة { $id } «{ $title }» كمسودة. أضف إليها التحديات بالأمر /challenge add { $id } العنوان، ثم افتحها بالأمر /stage sprint { $id } open.
challenge-added = أُضيف التحدي { $id } «{ $title }».
idea-stage-set = تغيّرت مرحلة الفكرة #{ $id }، وهي الآن: { $stage }.
theme-created = أُنشئ المحور { $id } «{ $name }». أضف إليه أفكارًا بالأمر /theme add { $id } الفكرة.
theme-added = أُضيفت الفكرة #{ $idea } إلى «{ $name }» ({ $count ->
        [zero] لا أفكار
        [one] فكرة واحدة
        [two] فكرتان
        [few] { $count } أفكار
        [many] { $count } فكرة
       *[other] { $count } فكرة
    }).
theme-line = المحور { $id }: { $name } — { $count ->
        [zero] لا أفكار
        [one] فكرة واحدة
        [two] فكرتان
        [few] { $count } أفكار
        [many] { $count } فكرة
       *[other] { $count } فكرة
    }
no-themes = لا محاور بعد. أنشئ محورًا بالأمر /theme new الجولة الاسم.
big-idea-created = أُنشئت الفكرة الكبرى { $id } «{ $title }».
big-idea-stage-set =
    تغيّرت مرحلة الفكرة الكبرى { $id }، وهي الآن: { $stage }؛ { $people ->
        [zero] ولا يوجد من يُبلَّغ بذلك.
        [one] وسيُبلَّغ بذلك شخص واحد ساهم فيها.
        [two] وسيُبلَّغ بذلك شخصان ساهما فيها.
        [few] وسيُبلَّغ بذلك { $people } أشخاص ساهموا فيها.
        [many] وسيُبلَّغ بذلك { $people } شخصًا ساهموا فيها.
       *[other] وسيُبلَّغ بذلك { $people } شخص ساهموا فيها.
    }
big-idea-line = الفكرة الكبرى { $id }: { $title } — { $stage }
no-big-ideas = لا أفكار كبرى بعد.
member-banned = مُنع العضو { $member } من النشر: يمكنه القراءة فقط.
member-unbanned = يمكن للعضو { $member } النشر من جديد.
member-role-set = أصبح دور { $name } (العضو { $member }) الآن: { $role }.
audit-line = { $at } العضو { $member }: { $action } { $target }
error-internal = نأسف، حدث خطأ من جهتنا. يُرجى المحاولة مرة أخرى بعد قليل. وإذا تكرّر ذلك، فاذكر الرقم المرجعي { $reference }.

## المحادثات (core/src/conversation): التسجيل، ونشر فكرة، وتعليق، ورد، وسبب الإخفاء، و/forgetme.
## تختار الأسئلة حسب $style: "buttons" حين تكون الخيارات أزرارًا (Telegram)، و"typed" حين
## تكون قائمة مرقّمة (وحدة التحكم).

conversation-welcome =
    أهلًا بك في crowdsprint! يمكنك هنا مشاركة أفكار يمكن أن تحسّن الرعاية، وتأييد الأفكار التي تتفق معها، ومعرفة ما يحدث لها. يستغرق التسجيل دقيقة واحدة؛ { $style ->
        [buttons] ويمكنك الضغط على ✖ إلغاء في أي وقت للتوقف.
       *[typed] ويمكنك كتابة /cancel في أي وقت للتوقف.
    }
conversation-ask-name =
    بأي اسم نناديك؟ { $style ->
        [buttons] أرسل اسمًا، أو اضغط الزر لاستخدام «{ $name }». ويمكنك أيضًا اختيار لغتك من هنا.
       *[typed] اكتب اسمًا، أو اضغط Enter لاستخدام «{ $name }». ولتغيير اللغة، اكتب رقمها.
    }
conversation-ask-name-typed = بأي اسم نناديك؟ اكتب الاسم الذي تودّ أن يراه الآخرون.
conversation-use-name = ✓ { $name }
conversation-language = { $language }
conversation-ask-describes =
    أيّ الخيارات التالية يصفك على أفضل وجه؟{ $style ->
        [buttons] {""}
       *[typed] {" "}اكتب رقمًا.
    }
conversation-ask-organisation =
    ما الجهة التي تنتمي إليها؟ { $style ->
        [buttons] أرسل اسمها، أو اضغط «تخطي».
       *[typed] اكتب اسمها، أو اضغط Enter للتخطي.
    }
conversation-ask-region =
    ما منطقتك؟ { $style ->
        [buttons] أرسل اسمها، أو اضغط «تخطي».
       *[typed] اكتب اسمها، أو اضغط Enter للتخطي.
    }
conversation-ask-consent =
    الخصوصية: نحتفظ باسمك، وبالخيار الذي يصفك، وبما تنشره، لإدارة هذه الجولة ولإبلاغك بما يحدث للأفكار. يمكنك تنزيل بياناتك بالأمر /mydata وحذفها بالأمر /forgetme في أي وقت.
    هل توافق على ذلك؟{ $style ->
        [buttons] {""}
       *[typed] {" "}اكتب نعم أو لا.
    }
conversation-consent-yes = ✓ نعم، أوافق
conversation-consent-no = لا، شكرًا
conversation-skip = تخطي
conversation-cancel = ✖ إلغاء
conversation-pick-one =
    { $style ->
        [buttons] يُرجى الضغط على أحد الأزرار، أو إرسال /cancel للتوقف.
       *[typed] يُرجى كتابة أحد الأرقام المعروضة، أو /cancel للتوقف.
    }
conversation-idea-offer =
    هل تودّ نشر ذلك كفكرة؟ { $style ->
        [buttons] اضغط على أحد التحديات للمتابعة، أو على ✖ إلغاء.
       *[typed] اكتب رقم أحد التحديات للمتابعة، أو /cancel إن لم ترغب في ذلك.
    }
conversation-ask-challenge =
    أيّ تحدٍّ تتناوله فكرتك؟{ $style ->
        [buttons] {""}
       *[typed] {" "}اكتب رقمًا.
    }
conversation-challenge = { $title }
conversation-title-suggested =
    العنوان: «{ $title }». { $style ->
        [buttons] اضغط للإبقاء عليه، أو أرسل عنوانًا أفضل (حتى 120 حرفًا).
       *[typed] اضغط Enter للإبقاء عليه، أو اكتب عنوانًا أفضل (حتى 120 حرفًا).
    }
conversation-keep-title = ✓ إبقاء العنوان
conversation-ask-body =
    أخبرنا بالمزيد: ما الذي تودّ تغييره، ولماذا؟ { $style ->
        [buttons] أرسله، أو اضغط «تخطي».
       *[typed] اكتبه، أو اضغط Enter للتخطي.
    }
conversation-ask-kind =
    هل هي فكرة، أم تجربة، أم ممارسة جيدة؟{ $style ->
        [buttons] {""}
       *[typed] {" "}اكتب رقمًا، أو اضغط Enter إن كانت فكرة.
    }
conversation-similar-ask =
    { $style ->
        [buttons] اضغط على فكرة لتأييدها بدلًا من ذلك، أو انشر فكرتك على أي حال.
       *[typed] اكتب رقم فكرة لتأييدها بدلًا من ذلك، أو اكتب «نشر» لنشر فكرتك على أي حال، أو /cancel للإلغاء.
    }
conversation-support-instead = 👍 #{ $id } { $title }
conversation-post-anyway = انشر فكرتي رغم ذلك
conversation-ask-comment = أرسل تعليقك على الفكرة #{ $id }.
conversation-ask-response = أرسل ردّ الفريق على { $target }. وسيُبلَّغ صاحبه.
conversation-ask-hide-reason = ما سبب إخفاء { $target }؟ أرسل سببًا قصيرًا؛ وسيطّلع عليه صاحبه.
conversation-confirm-forget =
    سيؤدي هذا إلى حذف اسمك وحساباتك. تبقى أفكارك وتعليقاتك، وتظهر باسم «عضو سابق». { $style ->
        [buttons] هل نمضي في الحذف؟
       *[typed] اكتب نعم للحذف، أو أي شيء آخر للاحتفاظ بحسابك.
    }
conversation-forget-yes = نعم، احذف بياناتي
update-intro = تحديث من الفريق إلى كل المشاركين في «{ $sprint }». لن يُرسَل أي شيء حتى تختار طريقة إرساله في النهاية.
conversation-ask-update-title = ما عنوانه؟ (حتى 120 حرفًا)
conversation-ask-update-body = والآن نص التحديث نفسه (حتى 2000 حرف).
conversation-ask-update-link =
    رابط لمزيد من المعلومات (يجب أن يبدأ بـ https://)؟ { $style ->
        [buttons] أرسله، أو اضغط «تخطي».
       *[typed] اكتبه، أو اضغط Enter للتخطي.
    }
conversation-ask-update-welsh-title =
    يحصل قرّاء الويلزية على نص بالويلزية إن كتبته لهم. ما العنوان بالويلزية؟ { $style ->
        [buttons] أرسله، أو اضغط «تخطي» للاكتفاء بالإنجليزية.
       *[typed] اكتبه، أو اضغط Enter للاكتفاء بالإنجليزية.
    }
conversation-ask-update-welsh-body = وما نص التحديث بالويلزية؟
conversation-ask-update-when =
    هكذا سيبدو التحديث. هل تُرسله الآن إلى كل المشتركين في «{ $sprint }»، أم تحتفظ به ليتصدّر نشرتهم التالية؟{ $style ->
        [buttons] {""}
       *[typed] {" "}اكتب رقمًا، أو /cancel للإلغاء.
    }
conversation-update-when =
    { $when ->
        [now] 📣 أرسل الآن
       *[digest] 🗞 في صدارة النشرة التالية
    }

## /audit: اسم كل إجراء مسجَّل ($action هو المفتاح، و$stored هو الاسم المحفوظ في السجل،
## ويظهر لإجراء لا يعرفه هذا الإصدار).

audit-action =
    { $action ->
        [bigidea-create] أنشأ
        [bigidea-stage] غيّر مرحلة
        [challenge-create] أضاف
        [comment-respond] ردّ على
        [export] صدّر
        [export-withheld] صدّر، مع المعلّق والمخفي،
        [idea-merge] دمج
        [idea-stage] غيّر مرحلة
        [import] استورد
        [member-ban] منع من النشر
        [member-role] غيّر دور
        [member-unban] رفع المنع عن
        [review-approve] وافق على
        [review-hide] أخفى
        [review-restore] أعاد إظهار
        [sprint-create] أنشأ
        [sprint-stage] غيّر مرحلة
        [sprint-window] غيّر مواعيد
        [sprint-target] حدّد مهلة الرد في
        [theme-add] أضاف إلى محور:
        [theme-create] أنشأ
        [web-sign-in] دخل إلى لوحة تحكّم الفريق بصفة
        [outcome-set] سجّل نتيجة
        [update-post] نشر تحديثًا من الفريق في
       *[other] { $stored }
    }

## Laid out on chat surfaces, where counts live on the buttons
idea-stage = المرحلة: { $stage }
similar-heading =
    { $count ->
        [zero] أفكار مشابهة:
        [one] فكرة مشابهة:
        [two] فكرتان مشابهتان:
        [few] أفكار مشابهة:
        [many] أفكار مشابهة:
       *[other] أفكار مشابهة:
    }
