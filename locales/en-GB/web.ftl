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

## When a page cannot be shown

web-not-found-heading = Page not found
web-not-found = There is nothing to read here. It may have been moved or merged into another idea, or it is not public.
web-error-heading = Something went wrong
web-error = Sorry, this page could not be shown. Please try again in a minute. If it keeps happening, tell the sprint team this reference: { $reference }
