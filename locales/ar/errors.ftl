### ما الذي حدث، وما الذي يمكن فعله بعد ذلك. تُقرأ هذه الرسائل على الهاتف، وغالبًا في وقت
### الاستراحة: اجعل كل رسالة قصيرة وواضحة ولطيفة، واذكر دائمًا طريقة التصحيح.

## أخطاء فيما كتبه الشخص (UserError). $field هو أحد مفاتيح TextField.

error-text-empty =
    { $field ->
        [title] خانة العنوان
        [body] خانة التفاصيل
        [comment] خانة التعليق
        [name] خانة الاسم
        [reason] خانة السبب
        [description] خانة الوصف
        [organisation] خانة الجهة
        [region] خانة المنطقة
       *[other] هذه الخانة
    } لا يمكن أن تبقى فارغة. يُرجى كتابة بضع كلمات والمحاولة مرة أخرى.

error-text-too-long =
    النص في { $field ->
        [title] خانة العنوان
        [body] خانة التفاصيل
        [comment] خانة التعليق
        [name] خانة الاسم
        [reason] خانة السبب
        [description] خانة الوصف
        [organisation] خانة الجهة
        [region] خانة المنطقة
       *[other] هذه الخانة
    } طويل جدًا: عدد أحرفه { $actual }، والحد الأقصى { $max }. يُرجى اختصاره والمحاولة مرة أخرى.

error-text-control-characters =
    النص في { $field ->
        [title] خانة العنوان
        [body] خانة التفاصيل
        [comment] خانة التعليق
        [name] خانة الاسم
        [reason] خانة السبب
        [description] خانة الوصف
        [organisation] خانة الجهة
        [region] خانة المنطقة
       *[other] هذه الخانة
    } فيه سطر جديد أو رمز مخفي لا يمكننا استخدامه. يُرجى كتابته من جديد كنص عادي.

## التسجيل والصلاحيات

error-not-registered = عليك التسجيل أولًا — لن يستغرق ذلك سوى ثوانٍ. أرسل /start للبدء.
error-already-registered = لقد سجّلت من قبل، فلا حاجة لفعل أي شيء آخر. أرسل /help لمعرفة ما يمكنك فعله.
error-consent-required = لا يمكننا تسجيلك إلا إذا وافقت على احتفاظنا ببياناتك. أرسل /start متى أردت إعطاء موافقتك.
error-not-allowed =
    نأسف، لا يستطيع القيام بذلك إلا { $role ->
        [member] الأعضاء المسجّلون
        [champion] السفراء
        [moderator] المشرفون
       *[admin] المديرون
    }. وإذا رأيت أنه ينبغي أن يكون ذلك متاحًا لك، فيُرجى التواصل مع منسّق المجتمع.
error-banned = لا يزال بإمكانك قراءة كل شيء، لكن لا يمكنك حاليًا النشر أو تأييد الأفكار أو التعليق. وإذا رأيت أن في ذلك خطأً، فيُرجى التواصل مع منسّق المجتمع.

## أشياء لا يمكن العثور عليها

error-sprint-not-found = لا توجد جولة برقم { $id } — تحقّق من الرقم بالأمر /sprints.
error-challenge-not-found = لا يوجد تحدٍّ برقم { $id } — تحقّق من الرقم بالأمر /challenges.
error-idea-not-found = لا توجد فكرة برقم #{ $id } — تحقّق من الرقم بالأمر /ideas.
error-comment-not-found = لا يوجد تعليق برقم c{ $id } — افتح الفكرة بالأمر /show لرؤية تعليقاتها وأرقامها.
error-theme-not-found = لا يوجد محور برقم { $id } — تحقّق من الرقم بالأمر /theme list.
error-big-idea-not-found = لا توجد فكرة كبرى برقم { $id } — تحقّق من الرقم بالأمر /bigidea list.
error-member-not-found = لم نعثر على هذا العضو — تحقّق من رقم العضو وحاول مرة أخرى.

## الجولات والتأييد والتعليقات

error-sprint-not-open = الجولة { $id } ليست مفتوحة الآن، لذا لا يمكنها استقبال أفكار جديدة أو تأييد. ولا يزال بإمكانك قراءة الأفكار والتعليق عليها. أرسل /sprints لمعرفة الجولة المفتوحة.
error-no-open-sprint = لا توجد جولة مفتوحة حاليًا، لذا لا يمكن نشر أفكار بعد. أرسل /sprints لمعرفة ما هو قادم.
error-already-supported = سبق أن أيّدت الفكرة #{ $id } — شكرًا لك! لسحب تأييدك، أرسل /unsupport { $id }.
error-not-supported = لا يوجد لك تأييد للفكرة #{ $id } لسحبه. لتأييدها، أرسل /support { $id }.
error-reply-too-deep = يمكنك الرد على تعليق، لكن لا يمكنك الرد على رد. يُرجى الرد على التعليق الأصلي بدلًا من ذلك.

## الإشراف

error-merge-into-itself = لا يمكن دمج فكرة في نفسها — يُرجى اختيار فكرتين مختلفتين.
error-merge-across-sprints = هاتان الفكرتان في جولتين مختلفتين، لذا لا يمكن دمجهما. لا يمكن الدمج إلا بين أفكار من الجولة نفسها.
error-idea-merged = دُمجت الفكرة #{ $id } في الفكرة #{ $into } لأنها مشابهة لها جدًا، وانتقل تأييدها إليها. يمكنك عرضها بالأمر /show { $into }.
error-already-visible = هذا ظاهر للجميع بالفعل — لا يوجد ما تلزم الموافقة عليه أو إعادة إظهاره.
error-already-hidden = هذا مخفي بالفعل. لإظهاره من جديد، استخدم /restore.
error-window-backwards = تاريخ الإغلاق يسبق تاريخ الفتح. يُرجى التحقق من التاريخين (بصيغة 2026-06-30) والمحاولة مرة أخرى.
error-link-code-invalid = هذا الرمز غير صحيح، أو انتهت صلاحيته. أرسل /link في التطبيق الذي تستخدمه بالفعل للحصول على رمز جديد، ثم أرسل هنا /link متبوعًا بالرمز.
error-claim-code-invalid = رمز المطالبة هذا غير معروف. تحقّق منه مع السفير الذي دوّن الفكرة: يتكوّن من ستة أحرف وأرقام، مثل K7Q2XM.
error-already-claimed = أنت بالفعل مؤلف مشارك في الفكرة #{ $id }.
error-already-linked = هذا الحساب مرتبط بك بالفعل — لا حاجة لفعل أي شيء آخر.
error-not-on-yourself = لا يمكنك فعل ذلك بحسابك أنت — يُرجى أن تطلب ذلك من مشرف أو مدير آخر.
error-already-banned = العضو { $member } ممنوع من النشر بالفعل.
error-not-banned = العضو { $member } غير ممنوع من النشر، فلا يوجد ما يمكن التراجع عنه.
error-nothing-to-review = لا شيء بانتظار المراجعة — تمت مراجعة كل شيء. شكرًا لكم!
error-stage-unchanged = المرحلة هي نفسها بالفعل — لم يتغيّر شيء.
error-pause-too-long = لا يمكن أن يتجاوز الإيقاف المؤقت { $max ->
        [zero] { $max } يوم
        [one] يومًا واحدًا
        [two] يومين
        [few] { $max } أيام
        [many] { $max } يومًا
       *[other] { $max } يوم
    }.
error-already-in-theme = هذه الفكرة موجودة في هذا المحور بالفعل.
error-challenge-in-other-sprint = هذا التحدي تابع لجولة أخرى. يُرجى اختيار تحدٍّ من هذه الجولة — يعرضها الأمر /challenges.
error-theme-in-other-sprint = هذا المحور تابع لجولة أخرى. لا تستخدم الأفكار والأفكار الكبرى إلا محاور جولتها — يعرضها الأمر /theme list.

## أوامر تعذّرت قراءتها (ParseError). تعرض الواجهة بعدها طريقة استخدام الأمر.

parse-not-a-command = تبدأ الأوامر بشرطة مائلة، مثل /help. لمشاركة فكرة، أرسل /idea.
parse-unknown-command = نأسف، لا أعرف الأمر /{ $command }. أرسل /help لرؤية الأوامر التي يمكنك استخدامها.
parse-missing-argument = الأمر /{ $command } يحتاج إلى { parse-argument }.
parse-bad-value = «{ $value }» لا يصلح هنا: الأمر /{ $command } يحتاج إلى { parse-argument }.
parse-too-many-arguments = كتبت بعد الأمر /{ $command } أكثر مما يحتاج إليه. يُرجى التحقق من الأمر والمحاولة مرة أخرى.

# ما ينبغي أن يكون عليه مُدخَل الأمر، ويُستخدم داخل الرسالتين السابقتين (بالمتغيّرات نفسها).
parse-argument =
    { $argument ->
        [idea] رقم فكرة، مثل 12
        [comment] رقم تعليق، مثل c34
        [target] رقم فكرة (مثل 12) أو رقم تعليق (مثل c34)
        [of] رقم فكرة (مثل 12) أو رقم فكرة كبرى (مثل b3)
        [outcome] نتيجة: under-consideration أو prototyping أو testing أو adopted أو scaled-and-spread أو not-taken-forward
        [note] توضيح
        [into] رقم الفكرة التي ستُدمج فيها
        [text]
            { $command ->
                [comment] تعليقك
                [reply] ردّك
                [respond] نص الرد
               *[other] بعض النص
            }
        [reason] سبب
        [frequency] إحدى الكلمات: weekly (أسبوعيًا) أو daily (يوميًا) أو off (إيقاف)
        [language] رمز لغة، مثل ar (العربية) أو en (English)
        [challenge] رقم تحدٍّ، أو off
        [days] عدد من الأيام، مثل 7، أو off
        [zone] اسم منطقة زمنية، مثل Europe/London أو America/New_York، أو off
        [sprint] رقم جولة
        [theme] رقم محور
        [themes] أرقام محاور تفصل بينها فاصلة لاتينية (,)، مثل 2,3
        [bigidea] رقم فكرة كبرى
        [member] رقم عضو
        [role] دور: member أو champion أو moderator أو admin
        [order] إحدى الكلمات: top أو new أو mine
        [page] رقم صفحة
        [code] رمز مطالبة، مثل K7Q2XM
        [session] اسم الجلسة، مثل اجتماع القسم 4، أو off
        [action]
            { $command ->
                [theme] إحدى الكلمات: new أو add أو list
                [bigidea] إحدى الكلمات: new أو stage أو list
                [stage] إحدى الكلمتين: sprint أو idea
                [challenge] الكلمة add
               *[other] الكلمة المناسبة بعد الأمر
            }
        [stage] مرحلة، مثل testing أو scale and spread
        [opens] تاريخ فتح، مثل 2026-06-01
        [closes] تاريخ إغلاق، مثل 2026-06-30
        [title] عنوان
        [format] إحدى الصيغتين: csv أو json
       *[other] معلومة إضافية
    }

## استيراد الأفكار من محادثة أو جلسة تواصل (مشكلة واحدة لكل صف؛ ويُعرض السطر أيضًا)

import-missing-column = يجب أن يحتوي الملف على عمود باسم «{ $column }». أضفه إلى الصف الأول، ثم استورد الملف من جديد.
import-unreadable-row = تعذّرت قراءة هذا الصف. تحقّق منه في برنامج جداول بيانات (ولا سيما علامات الاقتباس)، ثم استورد الملف من جديد.
import-unknown-challenge = «{ $challenge }» ليس تحديًا في هذه الجولة. استخدم رقم التحدي أو عنوانه كما هو تمامًا — يعرضها الأمر /challenges.
import-unknown-kind = «{ $kind }» ليس نوعًا نعرفه. استخدم idea (فكرة) أو experience (تجربة) أو good practice (ممارسة جيدة) — أو اترك الخانة فارغة لتُعدّ فكرة.
error-web-not-configured = لوحة التحكّم على الويب غير مُعدّة هنا بعد: على مشغّل الخدمة أن يحدّد العنوان العام للوحة الويب (CROWDSPRINT_PUBLIC_URL).
error-sign-in-link-invalid = رابط الدخول هذا استُخدم من قبل أو انتهت صلاحيته. أرسل /web إلى البوت في محادثتك لتحصل على رابط جديد.
error-outcome-needs-note = لا بد من ذكر السبب عند القول إن العمل على فكرة لن يُستكمل، احترامًا لمن وقفوا وراءها: أضف توضيحًا بعد النتيجة.
