"""The demo curriculum's clinical core: suicide and self-harm risk, a module in each track and a comparison.

Written in our own words from the sources each module's references block names (the curriculum brief's
Part 2); nothing the brief marks "to verify" is stated. ``demo.curriculum`` places the three modules in
their courses. The text teaches what trainees need to know and says where local law and a service's own
procedures decide; it is training, not clinical guidance.
"""

# Learner-facing prose uses typographic dashes and quotation marks, and long sentences stay on one line.
# ruff: noqa: E501


def references(*items):
    """A module's references block: a list of the works its facts come from, each (citation, address)."""
    entries = "".join(
        f'<li>{citation} <a href="{url}">{url}</a></li>' if url else f"<li>{citation}</li>" for citation, url in items
    )
    return ("text", f"<h2>References</h2><ul>{entries}</ul>")


# The works cited, once each (citation, address); a module lists the ones it draws on.
LINEHAN_1993 = (
    "Linehan MM. <em>Cognitive-Behavioral Treatment of Borderline Personality Disorder</em>. New York: Guilford Press; 1993.",
    "",
)
LRAMP = (
    "Linehan MM, Comtois KA, Ward-Ciesielski EF. Assessing and managing risk with suicidal individuals. <em>Cognitive and Behavioral Practice</em> 2012;19:218–232 (the Linehan Risk Assessment and Management Protocol).",
    "https://vdocuments.site/assessing-and-managing-risk-with-suicidal-2010-assessing-and-managing-risk.html",
)
BTECH_2016 = (
    "Behavioral Tech. DBT’s approach to treating individuals at high risk for suicide. 2016.",
    "https://behavioraltech.org/dbt-approach-treating-individuals-high-risk-suicide/",
)
BEN_PORATH_KOONS = (
    "Ben-Porath DD, Koons CR. Telephone coaching in dialectical behavior therapy: a decision-tree model for managing inter-session contact with clients. <em>Cognitive and Behavioral Practice</em> 2005;12:448–460.",
    "https://eric.ed.gov/?id=EJ803814",
)
CHAPMAN_2019 = (
    "Chapman AL. Phone coaching in DBT, part 1. Behavioral Tech; 2019.",
    "https://behavioraltech.org/phone-coaching-in-dbt-part-1/",
)
RULE_24H = (
    "The 24-hour rule as DBT programmes explain it to clients (secondary sources): Cincinnati Center for DBT, “Phone coaching: the 24-hour rule”.",
    "https://www.cincinnaticenterfordbt.com/phone-coaching-24-hour-rule/",
)
RIZVI_RITSCHEL = (
    "Rizvi SL, Ritschel LA. Mastering the art of chain analysis in dialectical behavior therapy. <em>Cognitive and Behavioral Practice</em> 2014;21:335–349.",
    "https://nj-act.org/rizvi2.html",
)
SWALES_HEARD = (
    "Swales MA, Heard HL. <em>Dialectical Behaviour Therapy: Distinctive Features</em>. London: Routledge (chapters on contingency procedures).",
    "https://www.taylorfrancis.com/books/9781134066544/chapters/10.4324/9780203886403-27",
)
BTECH_TEAM = (
    "Behavioral Tech. Frequently asked questions: the DBT consultation team.",
    "https://archive.behavioraltech.org/resources/faqs/dbt-consultation-team/",
)
STANLEY_BROWN = (
    "Stanley B, Brown GK. Safety Planning Intervention: a brief intervention to mitigate suicide risk. <em>Cognitive and Behavioral Practice</em> 2012;19:256–264.",
    "https://dokumen.tips/documents/safety-planning-intervention-a-brief-intervention-to-mitigate-suicide-risk.html",
)
STANLEY_2018 = (
    "Stanley B, Brown GK, Brenner LA, et al. Comparison of the Safety Planning Intervention with follow-up vs usual care of suicidal patients treated in the emergency department. <em>JAMA Psychiatry</em> 2018;75:894–900.",
    "https://pmc.ncbi.nlm.nih.gov/articles/PMC6142908",
)
MEANS_MATTER = (
    "Means Matter (Harvard T.H. Chan School of Public Health). Lethal means counseling.",
    "https://means-matter.hsph.harvard.edu/lethal-means-counseling",
)
ASKING = (
    "Editorial on whether asking about suicide raises suicidal ideation. <em>Crisis</em> (Hogrefe), doi:10.1027/0227-5910/a000501.",
    "https://econtent.hogrefe.com/doi/full/10.1027/0227-5910/a000501",
)
PARIS_2002 = (
    "Paris J. Chronic suicidality among patients with borderline personality disorder. <em>Psychiatric Services</em> 2002;53:738–742.",
    "https://psychiatryonline.org/doi/full/10.1176/appi.ps.53.6.738",
)
GOODMAN_2012 = (
    "Goodman M, Roiff T, Oakes AH, Paris J. Suicidal risk and management in borderline personality disorder. <em>Current Psychiatry Reports</em> 2012;14:79–85.",
    "https://link.springer.com/article/10.1007/s11920-011-0249-4",
)
SOLOFF_2012 = (
    "Soloff PH, Chiappetta L. Prospective predictors of suicidal behavior in borderline personality disorder at 6-year follow-up. <em>American Journal of Psychiatry</em> 2012;169:484–490.",
    "https://pmc.ncbi.nlm.nih.gov/articles/PMC3342836",
)
BUTLER_MALONE = (
    "Butler AM, Malone K. Attempted suicide v. non-suicidal self-injury: behaviour, syndrome or diagnosis? <em>British Journal of Psychiatry</em> 2013;202:324–325.",
    "http://bjp.rcpsych.org/content/202/5/324",
)
NICE_NG225 = (
    "National Institute for Health and Care Excellence. <em>Self-harm: assessment, management and preventing recurrence</em> (NICE guideline NG225), 2022, section 1.6 on risk assessment tools and scales.",
    "https://www.nice.org.uk/guidance/ng225/chapter/Recommendations",
)
NICE_CG78 = (
    "National Institute for Health and Care Excellence. <em>Borderline personality disorder: recognition and management</em> (clinical guideline CG78), 2009, on care plans with crisis plans and on crisis services before admission.",
    "https://www.nice.org.uk/guidance/cg78",
)
BATEMAN_FONAGY_2016 = (
    "Bateman A, Fonagy P. <em>Mentalization-Based Treatment for Personality Disorders: A Practical Guide</em>. Oxford: Oxford University Press; 2016.",
    "https://academic.oup.com/book/1358",
)
MBT_CRISIS = (
    "Observing Solution. Crisis management in MBT (a secondary summary of the MBT approach to crises).",
    "https://observingsolution.com/library/techniques/crisis-management-in-mbt/",
)
ROSSOUW_2020 = (
    "Rossouw T, Muir O, Williams LL. Mentalization-based treatment for adolescents with self-harm. In: <em>Adolescent Suicide and Self-Injury</em>. Springer; 2020, chapter 9.",
    "https://link.springer.com/10.1007/978-3-030-42875-4_9",
)
FOWLER_2021 = (
    "Fowler JC, Weir S, Orme WH. Mentalizing the suicidal patient. <em>Psychotherapy</em>, doi:10.1037/pst0000601.",
    "https://m.booksci.cn/literature/145064975.htm",
)
GENEVA_2022 = (
    "A mentalization-based crisis intervention in a Geneva crisis unit. <em>Santé mentale au Québec</em> 2022;47(2).",
    "http://id.erudit.org/iderudit/1098902ar",
)
BATEMAN_SCM = (
    "Bateman A, Fonagy P. Randomized controlled trial of outpatient mentalization-based treatment versus structured clinical management for borderline personality disorder. <em>American Journal of Psychiatry</em> 2009;166:1355–1364.",
    "https://doi.org/10.1176/appi.ajp.2009.09040539",
)


_ESCALATION_CALLOUT = (
    "callout",
    {
        "kind": "caution",
        "title": "This module teaches; your service decides",
        "body": (
            "<p>What follows is training, not clinical guidance. Who you call, when a person may be "
            "held for their safety and how risk is recorded are set by the law where you work and by "
            "your service's procedures. Know them before you need them, and know who you can reach "
            "for a second opinion the same day.</p>"
        ),
    },
)


DBT_RISK_MODULE = {
    "slug": "dbt-suicide-and-self-harm-risk",
    "title": "Suicidal and self-harming behaviour in DBT",
    "summary": (
        "How DBT keeps suicide risk at the top of the agenda: a full risk assessment with the LRAMP, "
        "chain analysis of every suicidal or self-injurious act, phone-coaching rules including the "
        "24-hour rule, and a consultation team that keeps the therapist on model under pressure."
    ),
    "objectives": [
        "By the end you can ask directly and fully about suicidal ideation, intent, plan, means and preparation, and about self-injury since the last contact.",
        "By the end you can tell a person's chronic, everyday level of suicidality from an acute rise above it.",
        "By the end you can explain why life-threatening behaviour tops DBT's target hierarchy and how that shapes a session.",
        "By the end you can describe how the LRAMP structures assessment, action and the written record.",
        "By the end you can state DBT's phone-coaching priorities and the 24-hour rule, and explain the reasoning behind both.",
    ],
    "minutes": 60,
    "body": [
        _ESCALATION_CALLOUT,
        (
            "text",
            "<h2>Why DBT puts risk first</h2>"
            "<p>DBT was developed for highly suicidal women with a borderline diagnosis, and it "
            "treats suicidal behaviour as a target in its own right rather than as a symptom that "
            "will fade once something else is fixed. In stage one, life-threatening behaviour sits "
            "at the top of the target hierarchy: suicidal acts, self-injury, suicidal urges and "
            "threats, and any sharp rise in suicidal thinking come before therapy-interfering and "
            "quality-of-life behaviour. If the diary card shows an urge or act, that is where the "
            "session starts.</p>"
            "<p>DBT programmes expect a full suicide risk assessment at intake and whenever "
            "something indicates one, ideally with a structured protocol such as the Linehan Risk "
            "Assessment and Management Protocol (LRAMP).</p>",
        ),
        (
            "text",
            "<h2>Asking the questions</h2>"
            "<p>Use the word suicide. More than a dozen studies have looked for harm from asking "
            "people directly about suicidal thoughts and found that asking does not raise them. A "
            "vague question (“you're not going to do anything silly, are you?”) invites a vague "
            "answer and tells the client the topic is unwelcome.</p>"
            "<p>A full check covers, in plain words:</p>"
            "<ul>"
            "<li><strong>ideation:</strong> is it new, higher than usual, or the familiar background level?</li>"
            "<li><strong>intent:</strong> how much does the person intend to act, and how much do they want to die?</li>"
            "<li><strong>plan:</strong> method, place and time;</li>"
            "<li><strong>means:</strong> access to the method, now and in the coming days;</li>"
            "<li><strong>preparation:</strong> anything already done (buying or storing tablets, a note, "
            "giving things away, a rehearsal);</li>"
            "<li><strong>behaviour:</strong> suicide attempts and self-injury since the last contact and "
            "over the lifetime;</li>"
            "<li><strong>signs that action may be imminent</strong>, which the LRAMP asks about in its own section.</li>"
            "</ul>",
        ),
        (
            "technique",
            {
                "technique": "X-RISK",
                "note": "The questions every DBT therapist asks when the diary card or the session points to risk.",
            },
        ),
        (
            "text",
            "<h2>Chronic and acute risk</h2>"
            "<p>For many people with a borderline diagnosis, suicidal thinking is chronic: present "
            "most days for months or years, rather than the single acute crisis more typical of, "
            "say, a first depressive episode. People with the diagnosis make about three suicide "
            "attempts over their lives on average, and around one in ten die by suicide, often "
            "later in the course of the disorder and after treatment has not helped.</p>"
            "<p>So the question is not only “is there ideation?” but “is this different from "
            "this person's usual?”. In a six-year follow-up, major depression predicted suicide "
            "attempts only in the following year, while poor psychosocial functioning kept raising "
            "the risk over the long term. Judge each answer against the person's own baseline: new "
            "plans, new means, higher intent, a recent loss or a change in drinking are acute "
            "signals on top of a chronic level.</p>",
        ),
        (
            "text",
            "<h2>Self-injury and suicide attempts</h2>"
            "<p>Non-suicidal self-injury and suicide attempts differ in intent, in form and in "
            "what they do for the person, and they often occur in the same person. A suicide "
            "attempt carries at least some intent to die and can be of any lethality; self-injury "
            "without suicidal intent most often brings unbearable emotion down or communicates "
            "distress. DBT rates the two separately and asks about both intent and medical "
            "severity, because a low-intent act can still be dangerous and a high-intent act can "
            "happen to cause little harm.</p>"
            "<p><strong>Medical need comes first.</strong> A wound that may need stitches, a burn, "
            "or any overdose or ingestion goes to medical care before anything else, whatever the "
            "client says about intent. DBT programmes send serious injuries to hospital.</p>",
        ),
        (
            "technique",
            {
                "technique": "DBT-LRAMP",
                "note": "The LRAMP turns the assessment into decisions and a record someone else can follow.",
            },
        ),
        (
            "text",
            "<h2>From assessment to action</h2>"
            "<p>The LRAMP pairs the assessment with management: what the therapist did about the "
            "risk they found, and why. Typical actions are working with the client to make means "
            "safer, agreeing a safety or crisis plan, increasing contact for a time, involving "
            "others the client agrees to, and arranging emergency care when the risk cannot be "
            "managed outpatient. The written note records the findings, the actions, the reasoning "
            "behind them and the follow-up; if a full assessment was not done, it says why.</p>"
            "<p>Two things the module asks you to hold together:</p>"
            "<ul>"
            "<li><strong>No prediction by score.</strong> NICE's self-harm guideline (NG225, 2022) "
            "advises against using risk tools or scales, or a global low/medium/high rating, to "
            "predict suicide or to decide who receives care or is discharged. Assess to understand "
            "the person's needs and safety, not to sort them.</li>"
            "<li><strong>Admission is not treatment.</strong> Admission to hospital has not been "
            "shown to prevent suicide in chronically suicidal patients with a borderline "
            "diagnosis, can do harm, and should not be driven by fear of litigation. When the risk "
            "is acute and the person cannot keep themselves safe with the plan you have made, "
            "follow your service's emergency pathway.</li>"
            "</ul>"
            "<p>After the session, every suicidal or self-injurious act gets a detailed chain "
            "analysis (module 3): the act defined precisely, the prompting event, vulnerability "
            "factors, links and consequences, and then solutions. For many DBT clients this is "
            "close to weekly work in stage one.</p>",
        ),
        (
            "technique",
            {
                "technique": "X-MEANS",
                "note": "Asking about access to means belongs in every risk check, and so does acting on the answer.",
            },
        ),
        (
            "vignette",
            {
                "title": "Mia's diary card",
                "vignette": (
                    "<p>Mia, 24, has rated suicidal ideation at 3 out of 5 on most days for months. "
                    "This week her partner ended their relationship. Her card shows 4 out of 5 since "
                    "Tuesday; asked directly, she says she bought two packets of paracetamol "
                    "yesterday, has thought about Saturday when her flatmate is away, and rates her "
                    "intent at 4 out of 5. She wants to spend the session on the break-up.</p>"
                ),
                "prompt": (
                    "What has changed from Mia's baseline, and what would you do in this session, "
                    "in order, before turning to the break-up? What goes in your note?"
                ),
            },
        ),
        (
            "text",
            "<h2>Phone coaching and the 24-hour rule</h2>"
            "<p>Coaching between sessions is there to help the client use skills in the moment, "
            "in their own life. It is brief and skills-focused and it is not an emergency service. "
            "When a client calls, the priorities follow the hierarchy: suicidal or self-injurious "
            "urges first, then skills for other problems, then repairing the relationship with "
            "the therapist. Clients are asked to call <em>before</em> they act, while there is "
            "still a choice to make.</p>"
            "<p>DBT programmes tell clients about a <strong>24-hour rule</strong>: after an act of "
            "self-harm the client does not receive coaching or extra contact from their "
            "individual therapist for 24 hours. Scheduled sessions go ahead, and a serious injury "
            "still goes to hospital. The reason is behavioural: warm, extra contact that follows "
            "self-harm can reinforce it, while contact before the act reinforces reaching out "
            "instead.</p>"
            "<p>The same logic applies inside sessions. Extra time, soothing or a sudden change of "
            "topic right after suicidal talk can strengthen it, so DBT therapists watch their own "
            "responses as contingencies. They also observe their own limits, and the consultation "
            "team helps when the fear that risk brings pushes a therapist off model, into rescuing "
            "or into pulling back.</p>",
        ),
        (
            "technique",
            {
                "technique": "DBT-24H",
                "note": "The 24-hour rule is explained to clients at orientation, not announced after the first act.",
            },
        ),
        (
            "technique",
            {
                "technique": "DBT-COACH",
                "note": "Coaching puts suicidal and self-injurious urges first, and asks for the call before the act.",
            },
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "Orient before it matters",
                "body": (
                    "<p>Clients hear the coaching priorities, the call-before-acting request and the "
                    "24-hour rule in orientation, with the reasons. Introduced for the first time "
                    "after an act, the rule feels like a punishment; explained beforehand, it is a "
                    "shared agreement the client can weigh.</p>"
                ),
            },
        ),
        (
            "key_points",
            {
                "heading": "Key points",
                "points": [
                    "Ask directly about suicide: ideation, intent, plan, means, preparation and recent acts.",
                    "Judge change against the person's own chronic baseline; new plans, means or intent signal acute risk.",
                    "Rate intent and medical severity separately; medical need goes to medical care first.",
                    "Do not predict suicide with scores or low/medium/high labels (NICE NG225); assess needs and safety.",
                    "Coaching priorities: suicidal and self-injurious urges, then skills, then the relationship; call before acting.",
                    "24-hour rule: no coaching after self-harm for 24 hours; sessions continue; serious injury to hospital.",
                ],
            },
        ),
        references(
            LINEHAN_1993,
            LRAMP,
            BTECH_2016,
            ASKING,
            PARIS_2002,
            GOODMAN_2012,
            SOLOFF_2012,
            BUTLER_MALONE,
            MEANS_MATTER,
            NICE_NG225,
            RIZVI_RITSCHEL,
            BEN_PORATH_KOONS,
            CHAPMAN_2019,
            RULE_24H,
            SWALES_HEARD,
            BTECH_TEAM,
        ),
    ],
}


MBT_RISK_MODULE = {
    "slug": "mbt-suicide-and-self-harm-risk",
    "title": "Self-harm, suicidality and crises in MBT",
    "summary": (
        "How MBT understands self-harm and suicidal crises as collapses of mentalizing under "
        "attachment stress, plans for them with a crisis plan made while the patient can think, "
        "responds in the moment, and mentalizes the crisis afterwards."
    ),
    "objectives": [
        "By the end you can explain how a loss of mentalizing under attachment stress can lead to impulsive self-harm or a suicidal act.",
        "By the end you can build a crisis plan with a patient while they are able to think about it.",
        "By the end you can respond to a crisis the MBT way: validate, ask what and how rather than why, name the collapse and use the plan, with safety first when life is at risk.",
        "By the end you can rewind an episode of self-harm afterwards so the patient becomes an agent in their own account of it.",
        "By the end you can keep your own fear from driving the session into rescue or a power struggle.",
    ],
    "minutes": 55,
    "body": [
        _ESCALATION_CALLOUT,
        (
            "text",
            "<h2>Self-harm as a collapse of mentalizing</h2>"
            "<p>In the MBT model, attachment stress switches mentalizing off: the patient can no "
            "longer hold their own or another person's mind in mind. In that state, inner "
            "experience is felt as concrete reality (psychic equivalence), or only action seems to "
            "count (teleological mode). Self-harm and suicidal acts often happen here, as "
            "impulsive attempts to make an unbearable state stop or to change what someone else "
            "does. The work, then, is to restore enough mentalizing for the patient to have a "
            "choice again, and to understand afterwards how it was lost.</p>"
            "<p>The risk itself is assessed as in every service. MBT therapists ask directly "
            "about suicidal thoughts, intent, plans, means, preparation and recent self-harm, "
            "and judge the answers against the patient's usual state; the cross-training module "
            "on risk sets out that check in full.</p>",
        ),
        (
            "technique",
            {
                "technique": "X-RISK",
                "note": "MBT asks the same questions; it asks them with curiosity about the state the patient is in.",
            },
        ),
        (
            "text",
            "<h2>The crisis plan</h2>"
            "<p>MBT agrees a crisis plan early in treatment, when the patient is calm enough to "
            "think about what happens to them in a crisis. Written together, it usually names "
            "what tends to set a crisis off, how the patient notices their mentalizing going, what "
            "has helped them before, what others can do, whom to contact in and out of hours, and "
            "what the team will do. It is reviewed after each crisis. NICE's guideline on "
            "borderline personality disorder (CG78) also asks for a crisis plan within every care "
            "plan, and for crisis services to be tried before admission is considered.</p>"
            "<p>With adolescents, MBT teams build a mentalizing safety plan with the young person, "
            "their family and the team together, so that everyone understands the plan from the "
            "others' point of view.</p>",
        ),
        (
            "technique",
            {
                "technique": "MBT-CRISIS",
                "note": "Made in a calm week, the plan is what a patient and a therapist can reach for when thinking fails.",
            },
        ),
        (
            "text",
            "<h2>In the crisis</h2>"
            "<ol>"
            "<li><strong>Validate</strong> the distress first, in simple words; at peak arousal "
            "nothing complicated will land.</li>"
            "<li><strong>Ask what and how, not why.</strong> “What are you feeling right now?” and "
            "“what happened just before?” can be answered; “why did you do it?” asks for the "
            "mentalizing that has just collapsed and tends to bring blame or a shrug.</li>"
            "<li><strong>Name the collapse</strong> tentatively: “it sounds as if everything "
            "feels certain and urgent right now.”</li>"
            "<li><strong>Use the plan</strong> you made together.</li>"
            "<li><strong>Safety first</strong> when there is a real threat to life or a need for "
            "medical care: arrange it, then return to mentalizing when you can.</li>"
            "</ol>"
            "<p>The aim is to restore a minimum of mentalizing, not to act <em>for</em> the "
            "patient. Rescuing (adding sessions on the spot, taking over, promising what cannot "
            "be kept) confirms the teleological idea that only action shows care.</p>",
        ),
        (
            "text",
            "<h2>Your own mind under pressure</h2>"
            "<p>Suicidal patients frighten clinicians, and fear makes a clinician less able to "
            "mentalize. It shows as lecturing, bargaining (“promise me you won't”), insisting on "
            "safety rules without understanding, or quietly withdrawing, and each of these can "
            "turn into a power struggle. MBT asks the therapist to stay steady, help regulate the "
            "patient's arousal together, and stay curious about the suicidal state itself: what "
            "it promises, whom it is addressed to, what it would end. Take the risk seriously "
            "and share it with colleagues; MBT services work as a team, and supervision is where "
            "the therapist's own non-mentalizing gets noticed.</p>",
        ),
        (
            "text",
            "<h2>Afterwards: mentalizing the crisis</h2>"
            "<p>Once the patient is safe and calmer, the therapist rewinds to just before the act "
            "and explores, step by step, what the patient felt, what was happening around them "
            "and between them and others, and where thinking stopped. The same stop–rewind–explore "
            "move used in sessions (module 4) builds a shared formulation of the crisis in which "
            "the patient is an agent rather than someone things happen to. A Geneva crisis unit "
            "organises its brief MBT crisis intervention in four steps: a mirroring welcome, "
            "mentalizing the feelings in the crisis story, formulating it together, and a "
            "planned separation with follow-up.</p>"
            "<p>Crises are central to how MBT judges itself: the main outcome of the trial that "
            "compared outpatient MBT with structured clinical management was crisis events, "
            "counting suicidal and severe self-injurious acts and hospital admissions.</p>",
        ),
        (
            "technique",
            {
                "technique": "MBT-CRISIS-REVIEW",
                "note": "Mentalizing the crisis afterwards turns an episode into a formulation the patient shares.",
            },
        ),
        (
            "technique",
            {
                "technique": "MBT-SRE",
                "note": "Stop–rewind–explore is the move behind mentalizing a crisis after the event.",
            },
        ),
        (
            "vignette",
            {
                "title": "Jon after group",
                "vignette": (
                    "<p>Jon, 31, comes to his individual session the day after an MBT group in "
                    "which another member laughed while he was speaking. That night he cut his "
                    "forearm. He shows you the dressing, which he put on himself; the wound "
                    "underneath still gapes. He says, flatly, that he was “not suicidal, just "
                    "done with it”, and that group is pointless.</p>"
                ),
                "prompt": (
                    "What comes first, and why? Once that is dealt with, how would you begin to "
                    "mentalize the episode with Jon, and what would you add to his crisis plan?"
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "caution",
                "title": "“Not suicidal” is one answer, not the assessment",
                "body": (
                    "<p>Take Jon's account of his intent seriously and still ask the full set of "
                    "questions: thoughts of suicide since, any plans, access to means, other "
                    "self-harm. A gaping wound needs medical care today, whatever the intent "
                    "behind it.</p>"
                ),
            },
        ),
        (
            "key_points",
            {
                "heading": "Key points",
                "points": [
                    "Self-harm and suicidal acts often follow a collapse of mentalizing under attachment stress.",
                    "A crisis plan is made in advance, while the patient can think, and reviewed after every crisis.",
                    "In a crisis: validate, ask what and how rather than why, name the collapse, use the plan.",
                    "A threat to life or a wound needing treatment comes first; mentalizing resumes afterwards.",
                    "Afterwards, rewind to just before the act so the patient becomes an agent in the story.",
                    "The therapist's fear is part of the picture: stay steady and curious, and share the risk with the team.",
                ],
            },
        ),
        references(
            BATEMAN_FONAGY_2016,
            MBT_CRISIS,
            ROSSOUW_2020,
            FOWLER_2021,
            GENEVA_2022,
            BATEMAN_SCM,
            NICE_CG78,
            NICE_NG225,
        ),
    ],
}


CROSS_RISK_MODULE = {
    "slug": "cross-suicide-and-self-harm-risk",
    "title": "Suicide and self-harm risk: what both models share and how they differ",
    "summary": (
        "The risk check every trainee needs whatever their model, safety planning and means "
        "safety, when and how to escalate, and how DBT and MBT each keep risk in the frame."
    ),
    "objectives": [
        "By the end you can carry out a full, direct risk check and record what you found, did and why.",
        "By the end you can tell self-harm without suicidal intent from a suicide attempt and judge lethality and medical need separately.",
        "By the end you can build a safety plan in the Stanley–Brown order, including making means safer.",
        "By the end you can explain why NICE advises against predicting suicide with tools, scales or low/medium/high ratings.",
        "By the end you can compare how DBT and MBT keep risk in the frame, and what each can borrow from the other.",
    ],
    "minutes": 60,
    "body": [
        _ESCALATION_CALLOUT,
        (
            "text",
            "<h2>The check both models share</h2>"
            "<p>Whatever the model, the questions are the same, and they are asked plainly, using "
            "the word suicide. Asking has been studied repeatedly: in more than a dozen studies it "
            "did not raise suicidal thinking. A single closed question such as “are you safe?” is "
            "not a risk check; it invites a reassuring “yes” and leaves the therapist knowing "
            "nothing about plans or means.</p>"
            "<ul>"
            "<li>suicidal thoughts: new, increased, or the person's usual level;</li>"
            "<li>intent to act, and wish to die;</li>"
            "<li>plan: method, place, time;</li>"
            "<li>access to means;</li>"
            "<li>preparation already made;</li>"
            "<li>suicide attempts and self-harm since the last contact and over the lifetime;</li>"
            "<li>what is different today, measured against the person's own baseline.</li>"
            "</ul>"
            "<p>Suicidality in a borderline diagnosis is often chronic, so an acute rise above "
            "the chronic level is what the check is looking for. Record the findings, what you "
            "did and your reasons, and the follow-up.</p>",
        ),
        (
            "technique",
            {
                "technique": "X-RISK",
                "note": "The full check, asked directly; one closed question is not enough.",
            },
        ),
        (
            "text",
            "<h2>Self-harm, attempts and medical need</h2>"
            "<p>Self-injury without suicidal intent and suicide attempts differ in intent, form "
            "and function, yet often occur in the same person. Rate intent and medical severity "
            "separately: a cut meant only to relieve tension can still need stitches, and an "
            "overdose can be more dangerous than the person believed. Anything that may need "
            "treatment goes to medical care first.</p>"
            "<h2>Safety plans and means</h2>"
            "<p>The Stanley–Brown safety plan is written with the person and used in order, "
            "stepping down the list until something works:</p>"
            "<ol>"
            "<li>the person's own warning signs;</li>"
            "<li>internal coping strategies;</li>"
            "<li>people and places that provide distraction;</li>"
            "<li>family members or friends who can help;</li>"
            "<li>professionals and crisis lines to contact;</li>"
            "<li>making the environment safer, above all access to lethal means.</li>"
            "</ol>"
            "<p>It is not a no-suicide promise, which the plan does not contain. In a cohort "
            "study in emergency departments, patients given a safety plan with follow-up phone "
            "calls were about half as likely to show suicidal behaviour over six months; the "
            "study was not randomised.</p>"
            "<p>Means counselling asks what the person can reach (stored medication, a firearm, "
            "a place) and works with them, and with family where they agree, to limit access "
            "until the risk has fallen.</p>",
        ),
        (
            "technique",
            {
                "technique": "X-SAFETY",
                "note": "Both models write a plan in advance; the Stanley–Brown order is a well-tested frame for it.",
            },
        ),
        (
            "technique",
            {
                "technique": "X-MEANS",
                "note": "Means safety is part of every plan, agreed with the person rather than imposed.",
            },
        ),
        (
            "text",
            "<h2>When and how to escalate</h2>"
            "<p>Keep two tasks apart: managing the acute risk now (means, the plan, the person's "
            "reasons for living and hope) and treating what drives it over the months. NICE's "
            "self-harm guideline (NG225, 2022) says not to use risk tools, scales or global "
            "low/medium/high ratings to predict suicide or to decide who gets treatment or is "
            "discharged; the assessment serves the person's needs and safety. Admission has not "
            "been shown to prevent suicide in chronically suicidal patients with a borderline "
            "diagnosis and can harm them; NICE's BPD guideline (CG78) asks services to try crisis "
            "and home-treatment teams before admission. When the risk is imminent and no plan you "
            "can make together will hold, use your service's emergency pathway, as the law where "
            "you work allows.</p>",
        ),
        (
            "comparison",
            {
                "caption": "How DBT and MBT keep suicide and self-harm risk in the frame",
                "rows": [
                    {
                        "aspect": "How self-harm is understood",
                        "mbt": "<p>As an act that follows a collapse of mentalizing under attachment stress.</p>",
                        "dbt": "<p>As behaviour that regulates unbearable emotion, kept going by its consequences.</p>",
                    },
                    {
                        "aspect": "Where risk sits in a session",
                        "mbt": "<p>Attended to whenever it appears, with the crisis plan; safety first when life is threatened.</p>",
                        "dbt": "<p>At the top of the target hierarchy: life-threatening behaviour is always taken first.</p>",
                    },
                    {
                        "aspect": "Structured assessment",
                        "mbt": "<p>The service's assessment, asked with curiosity about the patient's state.</p>",
                        "dbt": "<p>A full assessment at intake and when indicated, ideally with the LRAMP.</p>",
                    },
                    {
                        "aspect": "Planning ahead",
                        "mbt": "<p>A crisis plan written together early, reviewed after each crisis.</p>",
                        "dbt": "<p>Safety planning and means work, with coaching as part of the plan.</p>",
                    },
                    {
                        "aspect": "Between sessions",
                        "mbt": "<p>Contacts named in the crisis plan; the aim is to restore mentalizing, not to rescue.</p>",
                        "dbt": "<p>Phone coaching: call before acting; suicidal urges first; the 24-hour rule after self-harm.</p>",
                    },
                    {
                        "aspect": "After an act",
                        "mbt": "<p>Rewind to just before it and mentalize the crisis into a shared formulation.</p>",
                        "dbt": "<p>A detailed chain analysis of the act, then solution analysis.</p>",
                    },
                    {
                        "aspect": "The therapist's own reactions",
                        "mbt": "<p>Fear lowers the therapist's mentalizing; stay steady and curious, use supervision.</p>",
                        "dbt": "<p>The therapist's responses are contingencies; the consultation team keeps them on model.</p>",
                    },
                ],
            },
        ),
        (
            "vignette",
            {
                "title": "The same evening, two models",
                "vignette": (
                    "<p>Sam, 28, has been in treatment for five months. After a cancelled "
                    "session, Sam says it “doesn't matter what I do tonight”. Asked directly, Sam "
                    "says suicidal thoughts are “more than usual”, rates intent at 6 out of 10, "
                    "counted the tablets at home yesterday, and last tried to end their life two "
                    "years ago. Sam's flatmate is at home this evening.</p>"
                ),
                "prompt": (
                    "Which parts of your response would be the same in DBT and in MBT? Where would "
                    "a DBT therapist and an MBT therapist each go next, and what would either "
                    "write in the note?"
                ),
            },
        ),
        (
            "technique",
            {
                "technique": "DBT-LRAMP",
                "note": "DBT's structured protocol; an MBT therapist may well use the service's equivalent.",
            },
        ),
        (
            "technique",
            {
                "technique": "MBT-CRISIS",
                "note": "MBT's plan for the moment when thinking fails, written while it does not.",
            },
        ),
        (
            "text",
            "<h2>Borrowing across the models</h2>"
            "<p>An MBT therapist can borrow DBT's explicit ordering, so that risk is asked about "
            "before the session drifts to other themes, and its habit of structured notes. A DBT "
            "therapist can borrow MBT's curiosity about the suicidal state and its wariness of "
            "acting for the patient in a crisis, which fits DBT's own attention to "
            "contingencies. Borrowing works when it serves the shared formulation and the risk "
            "is still fully assessed; it is no substitute for either model's safeguards.</p>",
        ),
        (
            "key_points",
            {
                "heading": "Key points",
                "points": [
                    "Ask directly and fully; asking about suicide has not been shown to raise it.",
                    "Look for acute change against the person's chronic baseline.",
                    "Rate intent and medical severity separately; medical need first.",
                    "Safety plan in six steps, ending with means safety; no no-suicide contract.",
                    "No prediction by tools, scales or low/medium/high ratings (NICE NG225).",
                    "DBT ranks risk first and coaches before acts; MBT plans for crises and mentalizes them afterwards.",
                ],
            },
        ),
        references(
            ASKING,
            LRAMP,
            PARIS_2002,
            GOODMAN_2012,
            SOLOFF_2012,
            BUTLER_MALONE,
            STANLEY_BROWN,
            STANLEY_2018,
            MEANS_MATTER,
            NICE_NG225,
            NICE_CG78,
            LINEHAN_1993,
            BEN_PORATH_KOONS,
            RULE_24H,
            BATEMAN_FONAGY_2016,
            MBT_CRISIS,
            FOWLER_2021,
        ),
    ],
}
