"""The demo curriculum's further core topics: one more module in each track (issue 15, points 2 and 3).

MBT: assessing mentalizing, trauma and epistemic mistrust, hypermentalizing, the phases of treatment and its
ending. DBT: the assumptions, orientation and agreements, commitment strategies, change procedures and the
behavioural principles behind them, and the secondary targets. Written in our own words from the works each
references block names; what the curriculum brief marks "to verify" is left out. ``demo.curriculum`` places the
modules in their courses.
"""

# Learner-facing prose uses typographic dashes and quotation marks, and long sentences stay on one line.
# ruff: noqa: E501

from demo.curriculum_risk import BATEMAN_FONAGY_2016, LINEHAN_1993, references

LUYTEN_2012 = (
    "Luyten P, Fonagy P, Lowyck B, Vermote R. Assessment of mentalization. In: Bateman A, Fonagy P, eds. <em>Handbook of Mentalizing in Mental Health Practice</em>. American Psychiatric Publishing; 2012.",
    "https://vdocuments.net/the-assessment-of-mentalization-563108a91f72a.html",
)
RF_MANUAL = (
    "Fonagy P, Target M, Steele H, Steele M. <em>Reflective-Functioning Manual, version 5</em>, for application to Adult Attachment Interviews. 1998.",
    "https://de.scribd.com/document/209873373/Reflective-Functioning-Manual",
)
BRFI = (
    "Rutimann DD, Meehan KB. Validity of a brief interview for assessing reflective function. <em>Journal of the American Psychoanalytic Association</em> 2012.",
    "https://ja.scribd.com/document/389547327/RUTIMANN-2012-Validity-of-a-Brief-Interview-for-Assessing-Reflective-Function",
)
FONAGY_2017 = (
    "Fonagy P, Luyten P, Allison E, Campbell C. What we have changed our minds about: part 2. Borderline personality disorder, epistemic trust and the developmental significance of social communication. <em>Borderline Personality Disorder and Emotion Dysregulation</em> 2017;4:9.",
    "https://pmc.ncbi.nlm.nih.gov/articles/PMC5387344",
)
DUSCHINSKY_FOSTER = (
    "Duschinsky R, Foster S. <em>Mentalizing and Epistemic Trust: The Work of Peter Fonagy and Colleagues at the Anna Freud Centre</em>. Oxford University Press; 2021, chapter 7.",
    "https://www.oxfordclinicalpsych.com/view/10.1093/med-psych/9780198871187.001.0001/med-9780198871187-chapter-7",
)
SHARP_2013 = (
    "Sharp C, Ha C, Carbone C, et al. Hypermentalizing in adolescent inpatients: treatment effects and association with borderline traits. <em>Journal of Personality Disorders</em> 2013;27:3–18.",
    "https://studylib.net/doc/14471785",
)
HYPER_META = (
    "A meta-analysis of 36 studies of hypermentalizing and psychopathology. <em>American Journal of Psychotherapy</em> 2022, doi:10.1176/appi.psychotherapy.20210018.",
    "https://psychiatryonline.org/doi/10.1176/appi.psychotherapy.20210018",
)
JUUL_2020 = (
    "Juul S, Simonsen S, Bateman A. The capacity to end: termination of mentalization-based therapy for borderline personality disorder. <em>Journal of Contemporary Psychotherapy</em> 2020;50:331–338.",
    "https://www.springermedizin.de/the-capacity-to-end-termination-of-mentalization-based-therapy-f/17802878",
)
SWALES_HEARD_CHANGE = (
    "Swales MA, Heard HL. <em>Dialectical Behaviour Therapy: Distinctive Features</em>. London: Routledge (chapters on the change procedures and on the therapist's contingencies).",
    "https://www.taylorfrancis.com/books/9781134066544/chapters/10.4324/9780203886403-27",
)
PATTIE_2022 = (
    "Pattie D. Treatment strategies to help clients build the lives they want, part 2 (commitment strategies). Behavioral Tech; 2022.",
    "https://behavioraltech.org/treatment-strategies-to-help-clients-build-the-lives-they-want-part-2/",
)
PSYCHWIRE_EXTINCTION = (
    "Psychwire. Behavioral extinction (expert insights).",
    "https://psychwire.com/free-resources/expert-insights/resource-1mlk10t/behavioral-extinction",
)
ASSUMPTIONS = (
    "Psychotherapy Academy. DBT assumptions about patients and therapy (secondary summary of Linehan 1993).",
    "https://psychotherapyacademy.org/courses/dbt-training-online/modules/fundamentals-of-dialectical-behavior-therapy-dbt/section/dbt-assumptions-about-patients/",
)
AGREEMENTS = (
    "Psychotherapy Academy. DBT agreements and commitment strategies: pre-treatment and beyond.",
    "https://psychotherapyacademy.org/dbt/dbt-agreements-and-commitment-strategies-pre-treatment-and-beyond/",
)
DILEMMAS = (
    "Psych Central. Dialectical behavior therapy: dialectical dilemmas (secondary summary of Linehan 1993).",
    "https://psychcentral.com/blog/dbt/2010/04/dialectical-behavior-therapy-dialectical-dilemmas-bpd",
)


MBT_COURSE_OF_TREATMENT_MODULE = {
    "slug": "mbt-assessment-trust-and-ending",
    "title": "Across the treatment: assessing mentalizing, epistemic mistrust and ending",
    "summary": (
        "How MBT assesses mentalizing at the start, how trauma and epistemic mistrust shape the work, "
        "how to recognise hypermentalizing, and how the initial and ending phases are used."
    ),
    "objectives": [
        "By the end you can describe a clinical mentalizing profile and what the Reflective Functioning Scale and a brief RF interview measure.",
        "By the end you can recognise epistemic hypervigilance as an adaptation, not defiance, and respond to it.",
        "By the end you can tell hypermentalizing from good mentalizing by its certainty and its closedness to revision.",
        "By the end you can list the tasks of MBT's initial phase and explain what a termination formulation is for.",
    ],
    "minutes": 50,
    "body": [
        (
            "text",
            "<h2>Assessing mentalizing</h2>"
            "<p>MBT starts by finding out how, and when, a person mentalizes. In the clinic this is "
            "a <strong>mentalizing profile</strong>: Luyten and colleagues describe how to place a "
            "person on the dimensions of mentalizing (automatic–controlled, self–other, "
            "internal–external, cognitive–affective) and how to notice typical failures, such as "
            "pseudo-mentalizing, alongside structured measures. The profile points to where the "
            "work will be: a person who reads others' faces fast but cannot reflect on their own "
            "feelings needs something different from one who talks fluently about minds without "
            "feeling.</p>"
            "<p>For research, the <strong>Reflective Functioning (RF) Scale</strong> was built to "
            "rate transcripts of the Adult Attachment Interview (AAI), from −1 (hostile or bizarre "
            "refusal to mentalize) to 9 (exceptional reflective function). The AAI takes about "
            "45–90 minutes; a brief RF interview of about 24 minutes correlated .71 with "
            "AAI-based RF ratings. Both ask the person to talk about their attachment "
            "relationships in ways that call for reflection on their own and others' states of "
            "mind, and rate how they do it, not what happened to them.</p>",
        ),
        (
            "technique",
            {
                "technique": "MBT-FORM",
                "note": "The mentalizing profile feeds the formulation shared with the patient.",
            },
        ),
        (
            "text",
            "<h2>Trauma, the alien self and epistemic mistrust</h2>"
            "<p>Fonagy and colleagues describe the “alien self”: everyone carries parts of "
            "self-experience that do not feel their own, left by ordinary lapses in being "
            "understood. After trauma in attachment relationships, the alien part can become "
            "persecutory, with the child identifying with the person who harmed them and "
            "experiencing themselves as bad.</p>"
            "<p>Later formulations put <strong>epistemic trust</strong> at the centre: the "
            "readiness to take what others say as relevant to oneself and learn from it. Where "
            "the social environment was unreliable or harmful, <strong>epistemic "
            "hypervigilance</strong> (or mistrust, even “freezing”) is an adaptation that made "
            "sense; it takes over under attachment stress. A patient who answers every offer "
            "with “you're only saying that” is not being defiant. The therapist's task is to "
            "show, again and again, that the patient's perspective has been understood, which is "
            "what reopens the channel for learning.</p>",
        ),
        (
            "technique",
            {
                "technique": "MBT-ET",
                "note": "Feeling understood is what lets a mistrustful patient begin to learn from others again.",
            },
        ),
        (
            "text",
            "<h2>Hypermentalizing</h2>"
            "<p>Hypermentalizing (pseudo-mentalizing) looks like a great deal of mentalizing: "
            "confident, elaborate accounts of what others think and intend. What gives it away is "
            "that the account goes beyond the evidence, is not grounded in what actually happened, "
            "and is closed to revision; it is a form of pretend mode. A meta-analysis of 36 studies "
            "linked hypermentalizing to psychopathology in general rather than to BPD in "
            "particular, and in adolescent inpatients it fell with treatment. The therapist "
            "slows the account down, asks what the patient actually saw and heard, and is "
            "curious about other readings, without arguing the patient out of theirs.</p>",
        ),
        (
            "technique",
            {
                "technique": "MBT-HYPER",
                "note": "Many words about minds, anchored in none: the state to recognise before responding.",
            },
        ),
        (
            "technique",
            {
                "technique": "MBT-PM",
                "note": "Hypermentalizing is one form pretend mode takes.",
            },
        ),
        (
            "vignette",
            {
                "title": "Leila's certainty",
                "vignette": (
                    "<p>Leila, 27, is in her third month of MBT. She explains at length why her "
                    "manager's short reply to an e-mail shows he is jealous of her, plans to "
                    "push her out, and has turned the team against her. When her therapist asks "
                    "what the reply said, she waves the question away: “That doesn't matter, I "
                    "know how he thinks.” When the therapist suggests she might be upset, she says, "
                    "“You're only saying that because you're paid to.”</p>"
                ),
                "prompt": (
                    "Where do you see hypermentalizing, and where epistemic hypervigilance? What "
                    "would you say first, and what would you be careful not to do?"
                ),
            },
        ),
        (
            "text",
            "<h2>The initial phase and the ending</h2>"
            "<p>MBT's initial phase has its own tasks: assessing mentalizing, giving and "
            "explaining the diagnosis, psychoeducation (often in an introductory group), agreeing "
            "a contract and a hierarchy of aims, stabilising problems that would otherwise derail "
            "the treatment, and drawing up the crisis plan (see the module on self-harm, suicidality "
            "and crises).</p>"
            "<p>Ending is treated as part of the therapy, not its absence. Separation and loss "
            "are exactly the attachment stresses under which mentalizing fails, so the final "
            "months mentalize the ending itself: what the patient feels about it, what they "
            "imagine the therapist feels, and how to keep thinking when it is over. A "
            "<strong>termination formulation</strong> recaps what has been achieved and sets out "
            "the goals and challenges ahead, written with the patient as the first formulation "
            "was.</p>",
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "Announce the ending early",
                "body": (
                    "<p>MBT is time-limited, so the ending is in view from the start. "
                    "Naming it well ahead gives the patient time to notice and think about their "
                    "reactions to it, rather than meeting the loss all at once.</p>"
                ),
            },
        ),
        (
            "key_points",
            {
                "heading": "Key points",
                "points": [
                    "A mentalizing profile maps the dimensions and typical failures; research uses the RF Scale on AAI transcripts.",
                    "The RF Scale runs from −1 to 9; a brief RF interview takes about 24 minutes.",
                    "Epistemic hypervigilance is an adaptation to an unreliable social world, not defiance.",
                    "Hypermentalizing: certainty beyond the evidence, closed to revision.",
                    "The initial phase assesses, explains, contracts and stabilises; the ending is mentalized too.",
                    "A termination formulation recaps gains and future goals.",
                ],
            },
        ),
        references(
            BATEMAN_FONAGY_2016,
            LUYTEN_2012,
            RF_MANUAL,
            BRFI,
            FONAGY_2017,
            DUSCHINSKY_FOSTER,
            SHARP_2013,
            HYPER_META,
            JUUL_2020,
        ),
    ],
}


DBT_CHANGE_MODULE = {
    "slug": "dbt-commitment-and-change",
    "title": "Assumptions, commitment and the change procedures",
    "summary": (
        "What DBT assumes about clients and therapy, orientation and treatment agreements, the "
        "commitment strategies, the four change procedures, the behavioural principles behind them "
        "and the secondary targets that come from the dialectical dilemmas."
    ),
    "objectives": [
        "By the end you can state DBT's assumptions about clients and therapy and use “clients cannot fail in DBT” correctly.",
        "By the end you can describe orientation and the treatment agreements, and what voluntary treatment means for a mandated client.",
        "By the end you can use foot in the door, door in the face and freedom to choose with an absence of alternatives.",
        "By the end you can match a problem to skills training, exposure, contingency management or cognitive modification.",
        "By the end you can explain reinforcement, punishment, extinction and the extinction burst, and name the three dialectical dilemmas.",
    ],
    "minutes": 55,
    "body": [
        (
            "text",
            "<h2>Assumptions</h2>"
            "<p>DBT asks therapists to work from a set of assumptions that are not claimed to be "
            "true, only useful. Clients are doing the best they can, and they want to improve. "
            "They still need to do better, try harder and be more motivated to change, and they "
            "have to solve their problems even when they did not cause all of them. The lives of "
            "suicidal clients are unbearable as they are currently lived. Clients must learn new "
            "behaviour in all the relevant settings of their lives. Clients cannot fail in DBT; "
            "therapists treating them need support, and therapists and the treatment itself can "
            "fail.</p>"
            "<p>“Clients cannot fail” does not mean that everyone recovers. It means that when "
            "progress stalls, the first question is what the treatment and the therapist need to "
            "change, not what is wrong with the client.</p>",
        ),
        (
            "text",
            "<h2>Orientation and agreements</h2>"
            "<p>Pre-treatment orients the client to what DBT is and asks for agreements before "
            "stage one starts. DBT is voluntary: a client who is mandated to attend must still be "
            "free to choose, so a non-DBT option is offered. The usual agreements are a "
            "time-limited, renewable commitment (often a year), weekly individual therapy and "
            "skills group, and working on suicidal and therapy-interfering behaviour. Therapists "
            "make agreements too, among them to make every reasonable effort to help, to keep to "
            "ethical and professional standards and to get consultation.</p>"
            "<h2>Commitment strategies</h2>"
            "<p>Commitment is not assumed once made; it is strengthened throughout. Besides pros "
            "and cons and playing devil's advocate, DBT uses:</p>"
            "<ul>"
            "<li><strong>foot in the door:</strong> a small request first, then a bigger one;</li>"
            "<li><strong>door in the face:</strong> a large request first, then settling for a "
            "smaller one that now seems reasonable;</li>"
            "<li><strong>connecting to prior commitments</strong> when resolve wavers;</li>"
            "<li><strong>freedom to choose with an absence of alternatives:</strong> the client is "
            "free to choose, and the therapist is clear about what each choice leads to.</li>"
            "</ul>",
        ),
        (
            "technique",
            {
                "technique": "DBT-COMMIT",
                "note": "The commitment strategies beyond pros and cons and devil's advocate.",
            },
        ),
        (
            "technique",
            {
                "technique": "DBT-DEVIL",
                "note": "Devil's advocate is one of several commitment strategies.",
            },
        ),
        (
            "text",
            "<h2>Four change procedures</h2>"
            "<p>Chain and solution analysis (module 3) find what keeps a problem going. DBT then "
            "picks the procedure that fits the cause:</p>"
            "<ul>"
            "<li>the client lacks the skill → <strong>skills training</strong>;</li>"
            "<li>the client has the skill, but an emotion such as shame or fear blocks it → "
            "<strong>exposure</strong>;</li>"
            "<li>the problem behaviour is reinforced, or effective behaviour is punished → "
            "<strong>contingency management</strong>;</li>"
            "<li>distorted thoughts or assumptions drive the behaviour → <strong>cognitive "
            "modification</strong>.</li>"
            "</ul>"
            "<h2>Behavioural principles</h2>"
            "<p>Reinforcement makes a behaviour more likely; punishment makes it less likely; "
            "extinction removes the reinforcer that kept a behaviour going. When a reinforcer "
            "stops, the behaviour usually increases for a while before it falls: the "
            "<strong>extinction burst</strong>. Therapists who expect it do not take it as a sign "
            "that treatment is failing, and do not give in at its peak, which would reinforce the "
            "stronger version. The therapist's own responses are contingencies too: warmth and "
            "attention after collaborative work, and a cooler, shorter session when a client "
            "will not work, shape behaviour in the session.</p>",
        ),
        (
            "technique",
            {
                "technique": "DBT-EXPOSE",
                "note": "Exposure is chosen when an emotion blocks a skill the client already has.",
            },
        ),
        (
            "technique",
            {
                "technique": "DBT-COGMOD",
                "note": "Cognitive modification is chosen when distorted thinking drives the behaviour.",
            },
        ),
        (
            "technique",
            {
                "technique": "DBT-CM",
                "note": "Contingency management is one of the four change procedures, chosen when consequences keep a problem going.",
            },
        ),
        (
            "vignette",
            {
                "title": "Priya and the request she cannot make",
                "vignette": (
                    "<p>Priya, 35, knows DEAR MAN well and role-plays it fluently in group. At work "
                    "she needs to ask for a change of shift. Each time she reaches her manager's "
                    "door she flushes with shame, freezes and walks away. Her individual therapist "
                    "suggests going over the skill again.</p>"
                ),
                "prompt": (
                    "Which change procedure fits Priya's problem, and why not more skills training? "
                    "What might the first steps of that procedure look like?"
                ),
            },
        ),
        (
            "text",
            "<h2>Secondary targets: the dialectical dilemmas</h2>"
            "<p>Linehan described three pairs of opposite patterns that clients swing between, "
            "each pair a dialectical dilemma:</p>"
            "<ul>"
            "<li><strong>emotional vulnerability</strong> and <strong>self-invalidation</strong>;</li>"
            "<li><strong>active passivity</strong> and <strong>apparent competence</strong>;</li>"
            "<li><strong>unrelenting crises</strong> and <strong>inhibited grieving</strong>.</li>"
            "</ul>"
            "<p>The first of each pair is thought to owe more to biology, the second to the "
            "invalidating environment. Swinging between the poles becomes a secondary target, and "
            "the aim is a synthesis: for the first pair, for example, modulating emotion and "
            "validating oneself instead of being overwhelmed and then dismissing the feeling. Apparent competence matters "
            "clinically: a client who copes visibly in the session can be collapsing at home, and "
            "a therapist who takes the coping at face value will under-help.</p>",
        ),
        (
            "key_points",
            {
                "heading": "Key points",
                "points": [
                    "DBT's assumptions are working beliefs; clients cannot fail in DBT, while therapists and the treatment can.",
                    "DBT is voluntary: a mandated client is offered a non-DBT option.",
                    "Commitment strategies include foot in the door, door in the face and freedom to choose with an absence of alternatives.",
                    "Missing skill → skills training; blocked by emotion → exposure; reinforced → contingency management; distorted thinking → cognitive modification.",
                    "Expect an extinction burst when a reinforcer stops.",
                    "Dialectical dilemmas: vulnerability–self-invalidation, active passivity–apparent competence, unrelenting crises–inhibited grieving.",
                ],
            },
        ),
        references(
            LINEHAN_1993,
            ASSUMPTIONS,
            AGREEMENTS,
            PATTIE_2022,
            SWALES_HEARD_CHANGE,
            PSYCHWIRE_EXTINCTION,
            DILEMMAS,
        ),
    ],
}
