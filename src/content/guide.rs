//! The article beyond its rounds, in our own words: overviews and figures,
//! pros and cons (tied to criteria), "when to choose" lists (tied to
//! profiles) and the FAQ. `cargo test` checks every reference.

use crate::domain::guide::{Anchors, Faq, Figure, Fit, FrameworkGuide, Guide, Point};
use crate::domain::prose::prose;

pub static GUIDE: Guide = Guide {
    frameworks: [DJANGO_GUIDE, FLASK_GUIDE],
    faq: &FAQ,
    anchors: Anchors {
        overview: ["What_is_Django", "What_is_Flask"],
        when_to_choose: ["When_to_Choose_Django", "When_to_Choose_Flask"],
        pros_and_cons: ["Pros_and_Cons_of_Django", "Pros_and_Cons_of_Flask"],
        faq: "Frequently_Asked_Questions",
    },
};

const fn point(title: &'static str, detail: &'static str, criterion: &'static str) -> Point {
    Point {
        title: prose(title),
        detail: prose(detail),
        criterion: Some(criterion),
    }
}

const DJANGO_GUIDE: FrameworkGuide = FrameworkGuide {
    created: 2003,
    creators: prose("Adrian Holovaty and Simon Willison"),
    summary: prose("Started in 2003 and released to the public in 2005. It aims to ship nearly everything a web application needs (database layer, sign-in, admin screens, security defaults), which is why it is called batteries-included, and is known for handling busy, large sites."),
    figures: &[
        Figure {
            label: prose("Stack Overflow developer survey"),
            value: prose("12th of 36 technologies, used by about 12% of respondents"),
            as_of: prose("2024 survey"),
        },
        Figure {
            label: prose("GitHub stars"),
            value: prose("about 84,000"),
            as_of: prose("August 2025"),
        },
    ],
    pros: &[
        point("Everything in the box", "Sign-in, admin screens and other common pieces are there on day one instead of built from scratch.", "features"),
        point("Fast to ship", "Ready-made tools and a set project layout let a team launch quickly, which helps under deadlines.", "dev-speed"),
        point("Scales up", "Copes with heavy traffic and large enterprise applications.", "scalability"),
        point("Safe defaults", "Guards against SQL injection, cross-site request forgery and cross-site scripting without extra work.", "security"),
        point("Versatile", "Suits anything from content sites to social networks.", "use-cases"),
        point("Clear structure", "Its conventions give every project the same layout, which keeps large codebases maintainable.", "core"),
        point("Large community", "Plenty of documentation, tutorials and packages, and many people to ask.", "community"),
        point("Built-in ORM", "Work with the database in Python rather than writing SQL by hand.", "features"),
        point("Admin panel included", "The built-in admin panel lets you manage data with ease, which spares a lot of development time.", "dev-speed"),
        point("Reusable apps", "Many third-party apps and plugins add features without reinventing them.", "extensions"),
        Point {
            title: prose("Ready for many languages"),
            detail: prose("Translation and localisation support make it easier to serve users in other languages and regions."),
            criterion: None,
        },
    ],
    cons: &[
        point("Heavy for small jobs", "For a simple app the setup and unused features can be more than you need.", "use-cases"),
        point("More to learn", "Many concepts and conventions to absorb before you are at ease, which can daunt beginners.", "learning"),
        point("Opinionated", "It expects things done its way, leaving less room to do them differently.", "flexibility"),
        point("Slower than lighter frameworks", "Its size and features cost some speed compared with a micro-framework.", "performance"),
        point("Monolithic", "The all-in-one design brings along parts a project may never use.", "core"),
        point("Upgrades take care", "New releases of the framework or its plugins can break compatibility and need planning.", "extensions"),
        point("Uses more memory", "A poor fit where server resources must stay minimal.", "performance"),
        point("Less fine-grained control", "Because so much is built in, swapping out individual components is harder.", "flexibility"),
    ],
    fits: &[
        Fit { text: "A large project that benefits from built-in features", preset: Some("large-platform") },
        Fit { text: "Complex data models: shops, CRMs, social networks, marketplaces", preset: Some("complex-data") },
        Fit { text: "Strict security requirements", preset: Some("security-first") },
        Fit { text: "A team that wants a structured framework with standard practices", preset: Some("structured") },
        Fit { text: "A tight deadline", preset: Some("deadline") },
    ],
};

const FLASK_GUIDE: FrameworkGuide = FrameworkGuide {
    created: 2010,
    creators: prose("Armin Ronacher"),
    summary: prose("Released in 2010 and popular from the start. A micro-framework: the core handles routing and requests, and everything else is an extension you choose to add, which keeps small projects, APIs and simple services light."),
    figures: &[
        Figure {
            label: prose("Stack Overflow developer survey"),
            value: prose("10th of 36 technologies, used by about 13% of respondents"),
            as_of: prose("2024 survey"),
        },
        Figure {
            label: prose("GitHub stars"),
            value: prose("about 70,000"),
            as_of: prose("August 2025"),
        },
    ],
    pros: &[
        point("Lean by design", "Nothing you did not ask for: the project carries only what you add.", "core"),
        point("Yours to shape", "You pick the structure, the tools and the libraries.", "flexibility"),
        point("Quick to pick up", "A small, readable API that beginners and small teams learn fast.", "learning"),
        point("Made for prototypes", "MVPs, experiments and small APIs start without heavy configuration.", "dev-speed"),
        point("Modular", "Its modular design keeps an app tidy, and it grows by adding extensions or by splitting features into reusable parts.", "scalability"),
        point("Helpful community", "Documentation, tutorials and extensions for most problems.", "community"),
        point("Fits with other tools", "Plays well with other libraries, databases and tools, such as the SQLAlchemy toolkit or a front-end framework.", "flexibility"),
        point("Fast", "Little overhead, which shows in small apps, APIs and microservices.", "performance"),
        point("Extensions when needed", "Sign-in, database access and form validation can be added at any time.", "extensions"),
    ],
    cons: &[
        point("Few built-in features", "Much less comes in the box than with a full-stack framework.", "features"),
        point("Harder at large scale", "Very large, complex projects need structure you must add yourself.", "scalability"),
        point("Little structure", "You set everything up yourself, which some teams find daunting.", "core"),
        point("Many dependencies", "Relying on extensions means more packages to keep in step as the project grows.", "extensions"),
        point("Common tasks are add-ons", "Sign-in, admin screens and user management all need extensions and setup.", "dev-speed"),
        point("Advanced use takes study", "Easy to start, but scaling up or adding advanced features needs a deeper knowledge of its ecosystem.", "learning"),
        point("Smaller ecosystem", "A strong community, but an ecosystem smaller than Django's.", "community"),
        point("Security is on you", "No built-in protections on Django's level: you add and maintain them.", "security"),
    ],
    fits: &[
        Fit { text: "A lightweight app, an API or microservices", preset: Some("api") },
        Fit { text: "A prototype or MVP to build and test quickly", preset: Some("prototype") },
        Fit { text: "Full control over tools, libraries and architecture", preset: Some("custom-stack") },
        Fit { text: "Apps with custom requirements and many features", preset: Some("custom-stack") },
        Fit { text: "A small team or a solo developer", preset: Some("small-team") },
    ],
};

static FAQ: [Faq; 8] = [
    Faq {
        question: prose("Which is better, Django or Flask?"),
        answer: prose("It depends on the project, and the article leaves the final call to you. For a large, feature-rich application on a tight schedule it favours Django, because so much is built in. For maximum flexibility, a light setup and full control over the architecture it favours Flask. The sliders on this page make that trade-off explicit."),
    },
    Faq {
        question: prose("Is Flask a frontend or a backend framework?"),
        answer: prose("Backend. Flask runs on the server: it handles routes, server-side logic and APIs."),
    },
    Faq {
        question: prose("Is Django a frontend or a backend framework?"),
        answer: prose("Backend as well. Its template system lets it render pages, so it covers part of the front end too, but its purpose is the server side."),
    },
    Faq {
        question: prose("Should I move from Flask to Django?"),
        answer: prose("Consider it when a Flask project keeps growing and you want more built in, a firmer structure and faster feature work. If flexibility and a minimal stack matter most to you in the long run, the article advises staying with Flask."),
    },
    Faq {
        question: prose("Is Django a good choice for machine learning?"),
        answer: prose("For serving ML models, yes: the article points to Django's scalability and how well it handles complex data."),
    },
    Faq {
        question: prose("Which one is easier for beginners?"),
        answer: prose("Flask, for most people: it is small and quick to understand. Django takes longer to learn, but it teaches good practices from the first project."),
    },
    Faq {
        question: prose("How do they work with databases?"),
        answer: prose("Django ships its own ORM. Flask has none built in; the usual choice is to add SQLAlchemy."),
    },
    Faq {
        question: prose("Can both be used for large applications?"),
        answer: prose("Yes. In the article's experience, though, Django suits large and complex projects better, thanks to its built-in features and structure."),
    },
];
