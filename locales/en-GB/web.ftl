# The web board's words: the public pages anyone can read without joining a chat. Titles,
# stages, counts and the idea details come from core.ftl, as in the chats.

web-site-name = crowdsprint
web-skip-link = Skip to main content
web-language = Language
web-footer = Ideas from the people who deliver and receive care, published by their authors. Join a sprint in Telegram or Discord to post, back and comment.
web-breadcrumbs = Where you are

## The list of sprints

web-sprints-heading = Sprints
web-sprints-intro = Each sprint asks a few questions, called challenges. Read what people have suggested and what the sprint team said back.
web-no-sprints = There are no sprints to read yet.

## A sprint

web-challenges-heading = Challenges
web-themes-heading = Themes
web-big-ideas-heading = Big Ideas
web-updates-heading = From the sprint team
web-theme-ideas =
    { $count ->
        [one] 1 idea
       *[other] { $count } ideas
    }
web-all-sprints = All sprints

## A challenge

web-order-top = Most supported
web-order-new = Newest
web-order-label = Order of ideas
web-no-ideas = No ideas have been published in this challenge yet.
web-page = Page { $page } of { $pages }
web-previous = Previous page
web-next = Next page
web-pages = Pages

## An idea

web-supporters =
    { $count ->
        [one] 1 supporter
       *[other] { $count } supporters
    }
web-comment-count =
    { $count ->
        [one] 1 comment
       *[other] { $count } comments
    }
web-comments-heading = Comments and responses
web-no-comments = No comments yet.
web-response = Response from the sprint team
web-stage = Stage: { $stage }
web-themes = Themes: { $themes }
web-outcome-heading = What became of it

## When a page cannot be shown

web-not-found-heading = Page not found
web-not-found = There is nothing to read here. It may have been moved or merged into another idea, or it is not public.
web-error-heading = Something went wrong
web-error = Sorry, this page could not be shown. Please try again in a minute. If it keeps happening, tell the sprint team this reference: { $reference }

## The staff dashboard (/staff): champions, moderators and admins, signed in with /web

web-sign-in-heading = Sign in to the staff dashboard
web-sign-in-intro = This link is yours and works once. Press the button to sign in on this device. You will stay signed in for { $hours } hours.
web-sign-in-button = Sign in
web-signed-out-heading = You are signed out
web-signed-out = To use the staff dashboard, send /web to the bot in your chat. It will send you a sign-in link that works once, for { $minutes } minutes.
web-staff-heading = Staff dashboard
web-staff-signed-in = Signed in as { $role }
web-staff-sign-out = Sign out
web-staff-sprint = Sprint
web-staff-show = Show
web-staff-review-heading = Waiting for review
web-staff-awaiting-heading = Waiting for a response
web-staff-awaiting-count =
    { $count ->
        [one] 1 comment is waiting for the team's response.
       *[other] { $count } comments are waiting for the team's response.
    }
web-staff-idea = Idea #{ $id }: { $title }
web-staff-comment = Comment c{ $id } on "{ $title }"
web-staff-waiting = { $author } · waiting { $age }
wait-length =
    { $unit ->
        [minutes] { $count ->
            [one] 1 minute
           *[other] { $count } minutes
        }
        [hours] { $count ->
            [one] 1 hour
           *[other] { $count } hours
        }
       *[days] { $count ->
            [one] 1 day
           *[other] { $count } days
        }
    }
web-staff-held = Held: it may contain personal details
web-staff-approve = Approve
web-staff-hide = Hide
web-staff-hide-reason = Reason for hiding (the author is told)
web-staff-respond = Respond
web-staff-response = Your response (shown publicly as the sprint team's)
web-staff-done =
    { $action ->
        [approve] Approved { $target }.
        [hide] Hidden { $target }. The author will be told why.
       *[respond] Your response to { $target } is saved. The author will hear once it is published.
    }
web-staff-failed-heading = That could not be done
web-staff-stale-form = This form has expired. Go back to the dashboard, reload it and try again.
web-staff-unknown-target = That is not an idea or a comment we know.
web-staff-charts-heading = Charts
web-chart-activity = Participation over time
web-chart-challenges = Ideas and supporters per challenge
web-chart-described = Who took part
web-chart-responses = Time to first response
web-chart-data = The numbers behind this chart
web-chart-day = Day
web-chart-ideas = Ideas
web-chart-comments = Comments
web-chart-votes = Votes
web-chart-supporters = Supporters
web-chart-people = People
web-chart-challenge = Challenge
web-chart-describes = Describes themselves as
web-chart-wait = Wait
web-chart-answered = Comments answered
web-wait-band =
    { $band ->
        [day] Within a day
        [two-days] 1 to 2 days
        [five-days] 2 to 5 days
        [ten-days] 5 to 10 days
       *[more] Over 10 days
    }
web-staff-downloads = Download
web-staff-download =
    { $table ->
        [updates] The team's updates
        [responses] Each comment's wait for a response
       *[ideas] The sprint's ideas and comments
    } ({ $format ->
        [csv] CSV, for spreadsheets
       *[json] JSON
    })

## Taking part from the board

web-join-telegram = Support it or comment in Telegram
