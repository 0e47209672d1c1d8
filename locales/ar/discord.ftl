# كلمات بوت Discord الخاصة به: أوصاف الأوامر والخيارات (100 حرف على الأكثر: حدّ Discord)، وعناوين
# الاستمارات وتسمياتها (45 حرفًا على الأكثر)، والإجابات القليلة التي تختلف عن إجابات Telegram.
# تسميات الأزرار ومعظم الإجابات مشتركة مع chat.ftl وcore.ftl. تظهر أوصاف الأوامر أيضًا في /help.

## أوصاف الأوامر، كما تظهر في قائمة أوامر Discord

discord-describe-help = معرفة ما يمكنك فعله هنا
discord-describe-register = الانضمام إلى crowdsprint: استمارة قصيرة، ثم يمكنك مشاركة الأفكار وتأييدها
discord-describe-sprint = عرض جولة: مواعيدها وأرقامها وتحدياتها
discord-describe-sprints = عرض كل الجولات ومرحلة كل منها
discord-describe-challenges = عرض التحديات التي يمكنك تقديم أفكار لها
discord-describe-idea = مشاركة فكرة أو تجربة أو ممارسة جيدة
discord-describe-ideas = تصفّح الأفكار: الأكثر تأييدًا، أو الأحدث، أو أفكارك
discord-describe-show = فتح فكرة مع التعليقات عليها
discord-describe-support = تأييد فكرة
discord-describe-unsupport = سحب تأييدك لفكرة
discord-describe-comment = التعليق على فكرة
discord-describe-reply = الرد على تعليق
discord-describe-follow = تلقّي أخبار التعليقات الجديدة والتغييرات على فكرة
discord-describe-unfollow = إيقاف متابعة فكرة
discord-describe-mute = إيقاف كل الإشعارات عن فكرة واحدة
discord-describe-unmute = تلقّي الإشعارات عن فكرة من جديد
discord-describe-subscribe = تلقّي النشرة أسبوعيًا أو يوميًا، أو إيقافها
discord-describe-pause = إيقاف الإشعارات مؤقتًا بضعة أيام (أو «off» لاستئنافها)
discord-describe-timezone = منطقتك الزمنية للنشرات وساعات الهدوء (أو «off»)
discord-describe-language = اختيار اللغة التي أجيبك بها
discord-describe-link = ربط هذا الحساب بملفك في crowdsprint على تطبيق آخر
discord-describe-outcomes = ما آلت إليه الأفكار: النتائج التي سجّلها الفريق
discord-describe-claim = الانضمام كمؤلف مشارك إلى فكرة دوّنها سفير نيابةً عن مجموعتك
discord-describe-updates = تحديثات فريق الجولة، الأحدث أولًا
discord-describe-mydata = تنزيل كل البيانات التي نحتفظ بها عنك
discord-describe-forgetme = حذف بياناتك
discord-describe-mod = إدارة الجولة: المراجعة والرد والإشراف والتصدير
discord-describe-mod-review = عرض ما ينتظر المراجعة
discord-describe-mod-approve = الموافقة على فكرة (12) أو تعليق (c12)
discord-describe-mod-respond = الرد باسم فريق الجولة
discord-describe-mod-hide = إخفاء فكرة أو تعليق، مع ذكر السبب
discord-describe-mod-restore = إعادة إظهار فكرة أو تعليق مخفي
discord-describe-mod-awaiting = التعليقات التي لا تزال تنتظر ردًّا
discord-describe-mod-stats = أرقام جولة
discord-describe-mod-outcome = تسجيل ما آلت إليه فكرة أو فكرة كبرى
discord-describe-mod-update = الكتابة إلى المشاركين في الجولة: الآن، أو في صدارة النشرة التالية
discord-describe-mod-web = رابط للدخول إلى لوحة تحكّم الفريق
discord-describe-mod-capture = تدوين الأفكار نيابةً عن مجموعة؛ و«off» يُنهي الجلسة
discord-describe-mod-merge = دمج فكرة في أخرى؛ وينتقل مؤيدوها معها
discord-describe-mod-theme = المحاور: «new الجولة الاسم | الوصف» أو «add المحور الفكرة»
discord-describe-mod-bigidea = الأفكار الكبرى: «new الجولة المحاور العنوان | الوصف» أو «stage الرقم المرحلة»
discord-describe-mod-stage = نقل جولة أو فكرة إلى مرحلتها التالية: «sprint 3 theming» أو «idea 12 testing»
discord-describe-mod-sprint = الجولات: «new الفتح الإغلاق العنوان | الوصف» أو «window الرقم الفتح الإغلاق»
discord-describe-mod-challenge = إضافة تحدٍّ: «add الجولة العنوان | الوصف»
discord-describe-mod-ban = منع عضو من المشاركة
discord-describe-mod-unban = السماح لعضو بالمشاركة من جديد
discord-describe-mod-export = تنزيل أفكار جولة بصيغة CSV أو JSON
discord-describe-mod-audit = أحدث إجراءات الإشراف
discord-describe-mod-deliveries = طابور الإشعارات، والإشعارات التي تعذّر تسليمها
discord-describe-mod-announce = نشر الأفكار الجديدة في هذه القناة، أو في قناة أو منتدى آخر («off» للإيقاف)
discord-describe-mod-role = منح عضو دورًا

## أوصاف الخيارات

discord-option-command = أمر، لمعرفة طريقة استخدامه
discord-option-describes = ما يصفك على أفضل وجه
discord-option-sprint = رقم الجولة
discord-option-challenge = التحدي الذي تتناوله فكرتك
discord-option-kind = فكرة أو تجربة أو ممارسة جيدة
discord-option-list = أي الأفكار
discord-option-page = رقم الصفحة
discord-option-idea = رقم الفكرة
discord-option-comment = رقم التعليق
discord-option-text = ما تودّ قوله
discord-option-frequency = مدى التكرار
discord-option-days = عدد الأيام، أو off
discord-option-zone = منطقة زمنية مثل Europe/London، أو off
discord-option-language = اللغة
discord-option-code = الرمز الذي أعطاك إياه الأمر /link في التطبيق الآخر
discord-option-claim_code = رمز المطالبة الذي أعطاه السفير لمجموعتك
discord-option-session = اسم الجلسة (اجتماع قصير، أو مرور على القسم)، أو «off» لإنهائها
discord-option-target = فكرة (12) أو تعليق (c12)
discord-option-reason = السبب: سيُبلَّغ به صاحب المحتوى
discord-option-details = بقية الأمر
discord-option-into = الفكرة التي ستُدمج فيها
discord-option-member = رقم العضو
discord-option-format = صيغة الملف
discord-option-role = الدور الجديد
discord-option-of = فكرة (12) أو فكرة كبرى (b3)
discord-option-outcome = ما آلت إليه
discord-option-when = الآن إلى كل المشتركين، أو في النشرة التالية
discord-option-table = الأفكار (الافتراضي)، أو تحديثات الفريق، أو أوقات الردّ
discord-option-note = توضيح علني: السبب، إن لم يُستكمل العمل عليها

## الاستمارات

discord-form-register = الانضمام إلى crowdsprint
discord-form-name = اسمك كما سيراه الآخرون
discord-form-organisation = الجهة (اختياري)
discord-form-region = المنطقة (اختياري)
discord-form-idea = مشاركة فكرتك
discord-form-idea-title = العنوان
discord-form-idea-body = أخبرنا بالمزيد: ما الذي تودّ تغييره، ولماذا؟
discord-form-comment = تعليق
discord-form-respond = الرد باسم فريق الجولة
discord-form-hide = إخفاء
discord-form-reason = السبب (سيُبلَّغ به صاحبه)
discord-form-text = نصّك
discord-form-update =
    { $when ->
        [now] تحديث من الفريق: يُرسَل الآن
       *[digest] تحديث من الفريق: في النشرة التالية
    }
discord-form-update-title = العنوان
discord-form-update-body = التحديث
discord-form-update-link = رابط لمعرفة المزيد (اختياري، https://…)
discord-form-update-welsh-title = العنوان بالويلزية (اختياري)
discord-form-update-welsh-body = النص بالويلزية (مع العنوان بالويلزية)
discord-update-welsh-both = اكتب العنوان بالويلزية والنص بالويلزية معًا، أو اترك كليهما: لم يُرسَل أي شيء.

## البطاقات والإجابات

discord-field-challenge = التحدي
discord-field-kind = النوع
discord-field-stage = المرحلة
discord-field-themes = المحاور
discord-comment-by = c{ $id } · { $author }
discord-response-by = ⭐ c{ $id } · { $author } (فريق الجولة)
discord-no-comments = لا توجد تعليقات بعد. اضغط 💬 تعليق لإضافة أول تعليق.
discord-no-similar = لا توجد أفكار مشابهة حتى الآن.
discord-help-staff = لفريق الجولة:
discord-reg-intro = أهلًا بك في crowdsprint! يمكنك هنا مشاركة أفكار يمكن أن تحسّن الرعاية، وتأييد الأفكار التي تتفق معها، ومعرفة ما يحدث لها.
discord-registered = أهلًا بك، { $name }! استخدم /idea لمشاركة فكرة، أو /ideas لرؤية ما قاله الآخرون، أو /help لمعرفة كل شيء.
discord-use-register = على Discord، استخدم الأمر /register للانضمام، والأمر /idea لمشاركة فكرة.
discord-button-forget = احذف بياناتي
discord-export-ready =
    { $rows ->
        [zero] الملف مرفق، ولا صفوف فيه.
        [one] الملف مرفق، وفيه صف واحد.
        [two] الملف مرفق، وفيه صفان.
        [few] الملف مرفق، وفيه { $rows } صفوف.
        [many] الملف مرفق، وفيه { $rows } صفًا.
       *[other] الملف مرفق، وفيه { $rows } صف.
    }
discord-unsupported = نأسف، لا يمكنني التعامل مع ذلك هنا بعد.
discord-not-registered = عليك الانضمام أولًا — لن يستغرق ذلك سوى ثوانٍ. استخدم /register للبدء.

## الرسائل في قنوات الخادم (وضع البوابة)
discord-offer-idea = 💡 هل تودّ نشر هذا كفكرة، ليتمكن الآخرون من تأييدها ويتمكن فريق الجولة من الرد عليها؟
discord-offer-button = النشر كفكرة
discord-offer-pick = أيّ تحدٍّ تتناوله؟
discord-offer-not-yours = لا يستطيع نشر هذه الرسالة كفكرة إلا من كتبها.
discord-forum-comment-held = يبدو أن تعليقك يحتوي على بيانات شخصية (مثل رقم NHS)، لذلك أُزيل إلى أن يراجعه أحد المشرفين. يُرجى نشره مرة أخرى من دونها.
discord-option-channel = القناة أو المنتدى الذي تُنشر فيه الأفكار الجديدة (هذه القناة إن لم تحدّد غيرها)
