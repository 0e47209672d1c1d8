# كلمات لوحة الويب: الصفحات العامة التي يمكن لأي شخص قراءتها دون الانضمام إلى محادثة. العناوين
# والمراحل والأعداد وتفاصيل الأفكار تأتي من core.ftl، كما في المحادثات.
# قواعد الجمع في العربية: zero (0)، one (1)، two (2)، few (3–10)، many (11–99)، other (100 فأكثر).

web-site-name = crowdsprint
web-skip-link = الانتقال إلى المحتوى الرئيسي
web-language = اللغة
web-footer = أفكار من الأشخاص الذين يقدّمون الرعاية ويتلقّونها، ينشرها أصحابها بأنفسهم. انضم إلى جولة على Telegram أو Discord لتنشر الأفكار وتؤيّدها وتعلّق عليها.
web-breadcrumbs = أين أنت

## قائمة الجولات

web-sprints-heading = الجولات
web-sprints-intro = تطرح كل جولة بضعة أسئلة تُسمّى التحديات. اقرأ الأفكار التي طرحها الناس وما ردّ به فريق الجولة عليها.
web-no-sprints = لا توجد جولات للقراءة بعد.

## جولة

web-challenges-heading = التحديات
web-themes-heading = المحاور
web-big-ideas-heading = الأفكار الكبرى
web-updates-heading = من فريق الجولة
web-theme-ideas =
    { $count ->
        [zero] لا أفكار
        [one] فكرة واحدة
        [two] فكرتان
        [few] { $count } أفكار
        [many] { $count } فكرة
       *[other] { $count } فكرة
    }
web-all-sprints = كل الجولات

## تحدٍّ

web-order-top = الأكثر تأييدًا
web-order-new = الأحدث
web-order-label = ترتيب الأفكار
web-no-ideas = لم تُنشر أي أفكار في هذا التحدي بعد.
web-page = الصفحة { $page } من { $pages }
web-previous = الصفحة السابقة
web-next = الصفحة التالية
web-pages = الصفحات

## فكرة

web-supporters =
    { $count ->
        [zero] لا مؤيدين
        [one] مؤيد واحد
        [two] مؤيدان
        [few] { $count } مؤيدين
        [many] { $count } مؤيدًا
       *[other] { $count } مؤيد
    }
web-comment-count =
    { $count ->
        [zero] لا تعليقات
        [one] تعليق واحد
        [two] تعليقان
        [few] { $count } تعليقات
        [many] { $count } تعليقًا
       *[other] { $count } تعليق
    }
web-comments-heading = التعليقات والردود
web-no-comments = لا توجد تعليقات بعد.
web-response = ردّ من فريق الجولة
web-stage = المرحلة: { $stage }
web-themes = المحاور: { $themes }
web-outcome-heading = ما آلت إليه

## عندما يتعذّر عرض صفحة

web-not-found-heading = الصفحة غير موجودة
web-not-found = لا يوجد شيء للقراءة هنا. ربما نُقل أو دُمج في فكرة أخرى، أو أنه غير متاح للعموم.
web-error-heading = حدث خطأ ما
web-error = نأسف، تعذّر عرض هذه الصفحة. يُرجى المحاولة مرة أخرى بعد دقيقة. وإذا تكرّر ذلك، فأبلغ فريق الجولة بهذا الرقم المرجعي: { $reference }

## لوحة تحكّم الفريق (/staff): السفراء والمشرفون والمديرون، بعد الدخول عبر /web

web-sign-in-heading = الدخول إلى لوحة تحكّم الفريق
web-sign-in-intro = هذا الرابط خاص بك ويعمل مرة واحدة فقط. اضغط الزر للدخول على هذا الجهاز. ستبقى داخلًا لمدة { $hours ->
        [zero] { $hours } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
        [many] { $hours } ساعة
       *[other] { $hours } ساعة
    }.
web-sign-in-button = دخول
web-signed-out-heading = لقد خرجت من اللوحة
web-signed-out = لاستخدام لوحة تحكّم الفريق، أرسل /web إلى البوت في محادثتك. وسيرسل إليك رابط دخول يعمل مرة واحدة فقط، لمدة { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }.
web-staff-heading = لوحة تحكّم الفريق
web-staff-signed-in = دخلت بصفة { $role }
web-staff-sign-out = خروج
web-staff-sprint = الجولة
web-staff-show = عرض
web-staff-review-heading = بانتظار المراجعة
web-staff-awaiting-heading = بانتظار الرد
web-staff-awaiting-count =
    { $count ->
        [zero] لا تعليقات بانتظار ردّ الفريق.
        [one] تعليق واحد بانتظار ردّ الفريق.
        [two] تعليقان بانتظار ردّ الفريق.
        [few] { $count } تعليقات بانتظار ردّ الفريق.
        [many] { $count } تعليقًا بانتظار ردّ الفريق.
       *[other] { $count } تعليق بانتظار ردّ الفريق.
    }
web-staff-idea = الفكرة #{ $id }: { $title }
web-staff-comment = التعليق c{ $id } على «{ $title }»
web-staff-waiting = { $author } · مدة الانتظار: { $age }
wait-length =
    { $unit ->
        [minutes] { $count ->
            [zero] { $count } دقيقة
            [one] دقيقة واحدة
            [two] دقيقتان
            [few] { $count } دقائق
            [many] { $count } دقيقة
           *[other] { $count } دقيقة
        }
        [hours] { $count ->
            [zero] { $count } ساعة
            [one] ساعة واحدة
            [two] ساعتان
            [few] { $count } ساعات
            [many] { $count } ساعة
           *[other] { $count } ساعة
        }
       *[days] { $count ->
            [zero] { $count } يوم
            [one] يوم واحد
            [two] يومان
            [few] { $count } أيام
            [many] { $count } يومًا
           *[other] { $count } يوم
        }
    }
web-staff-held = معلّق: قد يحتوي على بيانات شخصية
web-staff-approve = موافقة
web-staff-hide = إخفاء
web-staff-hide-reason = سبب الإخفاء (يُبلَّغ به صاحبه)
web-staff-respond = ردّ
web-staff-response = ردّك (يُعرض علنًا على أنه ردّ فريق الجولة)
web-staff-done =
    { $action ->
        [approve] تمت الموافقة على { $target }.
        [hide] أُخفي { $target }. وسيُبلَّغ صاحبه بالسبب.
       *[respond] حُفظ ردّك على { $target }. وسيُبلَّغ صاحبه حين يُنشر.
    }
web-staff-failed-heading = تعذّر تنفيذ ذلك
web-staff-stale-form = انتهت صلاحية هذا النموذج. عُد إلى اللوحة وأعد تحميل الصفحة، ثم حاول مرة أخرى.
web-staff-unknown-target = لا نعرف فكرة أو تعليقًا بهذا الرقم.
web-staff-charts-heading = الرسوم البيانية
web-chart-activity = المشاركة مع مرور الوقت
web-chart-challenges = الأفكار والمؤيدون في كل تحدٍّ
web-chart-described = من شارك
web-chart-responses = الوقت حتى أول ردّ
web-chart-data = الأرقام التي يقوم عليها هذا الرسم
web-chart-day = اليوم
web-chart-ideas = الأفكار
web-chart-comments = التعليقات
web-chart-votes = مرات التأييد
web-chart-supporters = المؤيدون
web-chart-people = الأشخاص
web-chart-challenge = التحدي
web-chart-describes = يصف نفسه بأنه
web-chart-wait = مدة الانتظار
web-chart-answered = التعليقات التي تلقّت ردًّا
web-wait-band =
    { $band ->
        [day] خلال يوم
        [two-days] من يوم إلى يومين
        [five-days] من 2 إلى 5 أيام
        [ten-days] من 5 إلى 10 أيام
       *[more] أكثر من 10 أيام
    }
web-staff-downloads = التنزيل
web-staff-download =
    { $table ->
        [updates] تحديثات الفريق
        [responses] مدة انتظار كل تعليق للردّ
       *[ideas] أفكار الجولة وتعليقاتها
    } ({ $format ->
        [csv] CSV، لبرامج جداول البيانات
       *[json] JSON
    })

## المشاركة من لوحة الويب

web-join-telegram = أيّدها أو علّق عليها عبر Telegram
