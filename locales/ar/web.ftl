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

## عندما يتعذّر عرض صفحة

web-not-found-heading = الصفحة غير موجودة
web-not-found = لا يوجد شيء للقراءة هنا. ربما نُقل أو دُمج في فكرة أخرى، أو أنه غير متاح للعموم.
web-error-heading = حدث خطأ ما
web-error = نأسف، تعذّر عرض هذه الصفحة. يُرجى المحاولة مرة أخرى بعد دقيقة. وإذا تكرّر ذلك، فأبلغ فريق الجولة بهذا الرقم المرجعي: { $reference }
