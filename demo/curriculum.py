"""The demo curriculum: three courses and their modules (written from the curriculum brief)."""

from demo.curriculum_core import DBT_CHANGE_MODULE, MBT_COURSE_OF_TREATMENT_MODULE
from demo.curriculum_risk import (
    BTECH_TEAM,
    CROSS_RISK_MODULE,
    DBT_RISK_MODULE,
    LINEHAN_1993,
    MBT_RISK_MODULE,
    references,
)

# Pooled estimates exactly as printed in Table 3 of the review (Stoffers-Winterling et al. 2022),
# which reports them from the Cochrane review (Storebø et al. 2020). Defined once so that every
# module quoting them shows the same figures.
_EVIDENCE_SOURCE = (
    "Stoffers-Winterling et al. 2022, Psychology Research and Behavior Management 15:3179–3189, "
    "Table 3 (pooled estimates from Storebø et al. 2020, Cochrane Database of Systematic Reviews "
    "CD012955)"
)

_GENERAL_VS_TAU = [
    {
        "outcome": "BPD severity",
        "comparison": "BPD-specific therapies vs TAU",
        "measure": "SMD",
        "estimate": "-0.52",
        "ci_low": "-0.70",
        "ci_high": "-0.33",
        "trials": 22,
        "participants": 1244,
        "significance": "significant",
    },
    {
        "outcome": "Psychosocial functioning",
        "comparison": "BPD-specific therapies vs TAU",
        "measure": "SMD",
        "estimate": "-0.45",
        "ci_low": "-0.68",
        "ci_high": "-0.22",
        "trials": 22,
        "participants": 1314,
        "significance": "significant",
    },
    {
        "outcome": "Depression",
        "comparison": "BPD-specific therapies vs TAU",
        "measure": "SMD",
        "estimate": "-0.39",
        "ci_low": "-0.61",
        "ci_high": "-0.17",
        "trials": 22,
        "participants": 1568,
        "significance": "significant",
    },
    {
        "outcome": "Self-injurious behaviour",
        "comparison": "BPD-specific therapies vs TAU",
        "measure": "SMD",
        "estimate": "-0.32",
        "ci_low": "-0.49",
        "ci_high": "-0.14",
        "trials": 13,
        "participants": 616,
        "significance": "significant",
    },
    {
        "outcome": "Suicidal behaviour",
        "comparison": "BPD-specific therapies vs TAU",
        "measure": "SMD",
        "estimate": "-0.34",
        "ci_low": "-0.57",
        "ci_high": "-0.11",
        "trials": 13,
        "participants": 666,
        "significance": "significant",
    },
]

_DBT_VS_TAU = [
    {
        "outcome": "BPD severity",
        "comparison": "DBT vs TAU",
        "measure": "SMD",
        "estimate": "-0.60",
        "ci_low": "-1.05",
        "ci_high": "-0.14",
        "trials": 3,
        "participants": 149,
        "significance": "significant",
    },
    {
        "outcome": "Psychosocial functioning",
        "comparison": "DBT vs TAU",
        "measure": "SMD",
        "estimate": "-0.36",
        "ci_low": "-0.69",
        "ci_high": "-0.03",
        "trials": 6,
        "participants": 225,
        "significance": "significant",
    },
    {
        "outcome": "Depression",
        "comparison": "DBT vs TAU",
        "measure": "SMD",
        "estimate": "-0.47",
        "ci_low": "-0.96",
        "ci_high": "0.03",
        "trials": 5,
        "participants": 219,
        "significance": "not significant",
    },
    {
        "outcome": "Self-injurious behaviour",
        "comparison": "DBT vs TAU",
        "measure": "SMD",
        "estimate": "-0.28",
        "ci_low": "-0.48",
        "ci_high": "-0.07",
        "trials": 7,
        "participants": 376,
        "significance": "significant",
    },
    {
        "outcome": "Suicide-related outcomes",
        "comparison": "DBT vs TAU",
        "measure": "SMD",
        "estimate": "-0.23",
        "ci_low": "-0.68",
        "ci_high": "0.23",
        "trials": 5,
        "participants": 231,
        "significance": "not significant",
    },
    {
        "outcome": "Anger/rage",
        "comparison": "DBT vs TAU",
        "measure": "SMD",
        "estimate": "-0.47",
        "ci_low": "-0.86",
        "ci_high": "-0.09",
        "trials": 5,
        "participants": 230,
        "significance": "significant",
    },
    {
        "outcome": "Affective instability",
        "comparison": "DBT vs TAU",
        "measure": "SMD",
        "estimate": "-0.57",
        "ci_low": "-1.64",
        "ci_high": "0.51",
        "trials": 2,
        "participants": 80,
        "significance": "not significant",
    },
    {
        "outcome": "Impulsivity",
        "comparison": "DBT vs TAU",
        "measure": "SMD",
        "estimate": "-0.35",
        "ci_low": "-0.71",
        "ci_high": "-0.00",
        "trials": 3,
        "participants": 128,
        "significance": "not marked significant in the review (upper limit -0.00)",
    },
    {
        "outcome": "Interpersonal problems",
        "comparison": "DBT vs TAU",
        "measure": "SMD",
        "estimate": "-0.12",
        "ci_low": "-0.45",
        "ci_high": "0.20",
        "trials": 3,
        "participants": 148,
        "significance": "not significant",
    },
    {
        "outcome": "Dissociative symptoms",
        "comparison": "DBT vs TAU",
        "measure": "SMD",
        "estimate": "-0.45",
        "ci_low": "-0.73",
        "ci_high": "-0.16",
        "trials": 4,
        "participants": 194,
        "significance": "significant",
    },
]

_MBT_FUNCTIONING_AS_PRINTED = (
    "The interval for psychosocial functioning, [−1.24, 0.10], is not centred on its estimate of "
    "−0.54; it is shown exactly as the review prints it."
)

_MBT_VS_TAU = [
    {
        "outcome": "BPD severity",
        "comparison": "MBT vs TAU",
        "measure": "SMD",
        "estimate": "-0.13",
        "ci_low": "-0.38",
        "ci_high": "0.11",
        "trials": 5,
        "participants": 267,
        "significance": "not significant",
    },
    {
        "outcome": "Psychosocial functioning",
        "comparison": "MBT vs TAU",
        "measure": "SMD",
        "estimate": "-0.54",
        "ci_low": "-1.24",
        "ci_high": "0.10",
        "trials": 3,
        "participants": 239,
        # As printed in the review: the interval is not centred on the estimate. Kept as published.
        "significance": "not significant (interval as printed in the review)",
    },
    {
        "outcome": "Depression",
        "comparison": "MBT vs TAU",
        "measure": "SMD",
        "estimate": "-0.58",
        "ci_low": "-1.22",
        "ci_high": "0.05",
        "trials": 4,
        "participants": 333,
        "significance": "not significant",
    },
    {
        "outcome": "Self-injurious behaviour",
        "comparison": "MBT vs TAU",
        "measure": "RR",
        "estimate": "0.62",
        "ci_low": "0.49",
        "ci_high": "0.80",
        "trials": 3,
        "participants": 252,
        "significance": "significant",
    },
    {
        "outcome": "Suicidal behaviour",
        "comparison": "MBT vs TAU",
        "measure": "RR",
        "estimate": "0.10",
        "ci_low": "0.04",
        "ci_high": "0.30",
        "trials": 3,
        "participants": 218,
        "significance": "significant",
    },
    {
        "outcome": "Interpersonal problems",
        "comparison": "MBT vs TAU",
        "measure": "SMD",
        "estimate": "-0.68",
        "ci_low": "-1.33",
        "ci_high": "-0.02",
        "trials": 5,
        "participants": 357,
        "significance": "significant",
    },
]


# ---------------------------------------------------------------------------------------------
# Course 1: MBT track (brief 2.2, M1–M7)
# ---------------------------------------------------------------------------------------------

_MBT_COURSE = {
    "slug": "mbt-essentials",
    "title": "MBT essentials: mentalizing-based work with borderline personality disorder",
    "track": "mbt",
    "summary": (
        "Nine modules on mentalization-based treatment: the model, the therapist's stance, the "
        "core interventions, self-harm and crises, work with the relationship, MBT groups, how "
        "quality is judged, and assessment, epistemic trust and ending across the treatment."
    ),
    "intro": (
        "<p>This course introduces mentalization-based treatment (MBT) to clinicians who work "
        "with people diagnosed with borderline personality disorder. It starts from the "
        "developmental model, moves through the therapist's stance and the everyday "
        "interventions, and ends with groups and with the ways in which MBT sessions are rated "
        "for adherence and quality.</p>"
        "<p>Modules combine short readings, technique cards, clinical vignettes and role-play "
        "clips (scripted, with synthetic voices over drawn figures). Take them in order: each one "
        "assumes the vocabulary of the "
        "one before.</p>"
        "<p>This is continuing education. Completing it does not make anyone an MBT therapist "
        "and does not count as a step in the formal MBT training pathway, which runs through a "
        "basic course, supervised practice and a practitioner certificate with the recognised "
        "training bodies.</p>"
    ),
    "estimated_hours": 7,
    "modules": [
        # M1
        {
            "slug": "mbt-mentalizing-and-bpd",
            "title": "Mentalizing and the MBT model of BPD",
            "summary": (
                "What mentalizing is, how it develops in attachment relationships and why it "
                "gives way under emotional pressure in borderline personality disorder."
            ),
            "objectives": [
                "By the end you can say what mentalizing is, including its self- and "
                "other-directed and its automatic and reflective sides.",
                "By the end you can outline how MBT links attachment to the growth and the "
                "collapse of mentalizing in BPD.",
                "By the end you can name MBT's four dimensions of mentalizing and describe "
                "what getting stuck at one pole looks like in a session.",
                "By the end you can describe epistemic trust and what it means for how advice "
                "and insight reach a patient.",
                "By the end you can summarise MBT's aims, usual length and programme structure.",
            ],
            "minutes": 45,
            "body": [
                (
                    "text",
                    "<h2>What we mean by mentalizing</h2>"
                    "<p>Mentalizing is the activity of making sense of behaviour, our own and "
                    "other people's, in terms of the mental states that lie behind it: feelings, "
                    "wishes, beliefs, intentions, fears. Much of it runs quickly and without "
                    "words, as when we sense that a colleague is tense before they speak. Some of "
                    "it is slow and deliberate, as when we sit down afterwards and wonder why a "
                    "friend went quiet on the phone. It is aimed inwards as well as outwards: "
                    "knowing why we ourselves reacted as we did is mentalizing too.</p>"
                    "<p>A popular shorthand describes it as being able to think and feel at once. "
                    "The phrase is a good way to explain the idea to patients, but "
                    "clinicians need the fuller picture, because MBT targets quite specific ways "
                    "in which this capacity fails.</p>"
                    "<h2>A developmental account of BPD</h2>"
                    "<p>MBT belongs to the tradition of developmental psychopathology. It draws "
                    "on Bowlby's attachment theory and on research into theory of mind. The key "
                    "proposal is that children discover their own minds, and other people's, "
                    "through the way their caregivers respond to them. When those early "
                    "relationships are insecure, the learning is disrupted, and the gaps later "
                    "show up as the inward-turned and outward-directed difficulties typical of "
                    "personality disorder. Severe and complex trauma is often part of the "
                    "history.</p>"
                    "<p>From this angle, the core problem in BPD is not an absence of "
                    "mentalizing but a fragile capacity that switches off too easily. Under "
                    "emotional and attachment stress the patient loses the ability to hold "
                    "minds in mind, and mood swings, impulsive acts and frightening "
                    "relationships follow. Many patients mentalize well when calm, which is "
                    "why MBT pays so much attention to arousal.</p>"
                    "<h3>Four dimensions</h3>"
                    "<ul>"
                    "<li><strong>Automatic–controlled:</strong> fast, intuitive reading of "
                    "minds against slow, effortful reflection.</li>"
                    "<li><strong>Self–other:</strong> attention to one's own states against "
                    "attention to other people's.</li>"
                    "<li><strong>Internal–external:</strong> inferring states from inner "
                    "experience against reading them from faces, voices and posture.</li>"
                    "<li><strong>Cognitive–affective:</strong> knowing about mental states "
                    "against actually feeling them.</li>"
                    "</ul>"
                    "<p>Healthy mentalizing moves flexibly along each line. Clinical problems "
                    "tend to look like getting stuck at one end: scanning the therapist's face "
                    "for signs of rejection without reflecting on what is seen, for instance, "
                    "or talking about feelings at length without feeling anything.</p>",
                ),
                (
                    "technique",
                    {
                        "technique": "MBT-ET",
                        "note": (
                            "Epistemic trust explains why the way the therapist relates matters "
                            "as much as what the therapist says."
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Epistemic trust</h2>"
                    "<p>Insecure attachment also gets in the way of relationships in "
                    "which one can trust what others communicate and consider views that differ "
                    "from one's own. Without this trust, even accurate and kind advice does not "
                    "get through. Some patients are constantly on guard against being misled; "
                    "others accept what they are told without checking it against their own "
                    "experience. MBT therefore attends closely to how the patient experiences "
                    "the therapist, not only to the content of what is said.</p>"
                    "<h2>What MBT aims for, and how it is organised</h2>"
                    "<p>MBT sets out to help patients recognise the feelings and thoughts behind "
                    "their own and other people's actions, to regulate emotion better and to "
                    "manage impulsivity. The relationship with the therapist and the group is "
                    "used as a place where mentalizing can be studied and practised as it "
                    "happens.</p>"
                    "<ul>"
                    "<li>A standard programme usually lasts about 18 months (standard DBT runs "
                    "for 12).</li>"
                    "<li>The usual sequence is assessment, then an introductory group (MBT-I), "
                    "then individual MBT alongside an MBT group.</li>"
                    "<li>Both day-hospital and intensive outpatient versions exist.</li>"
                    "</ul>"
                    "<p>Two individual trials give a feel for the evidence. In an outpatient "
                    "trial with 134 participants, 18 months of MBT and structured clinical "
                    "management both led to improvement, but problems, including suicide "
                    "attempts and hospital admissions, fell more steeply with MBT. In a long-term "
                    "follow-up of the first partial-hospital trial, eight years after entry and "
                    "five after MBT had ended, suicidality stood at 23% for MBT against 74% for "
                    "treatment as usual. Single trials can mislead; the pooled picture is "
                    "covered in the cross-training course.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Not a deficit label",
                        "body": (
                            "<p>Avoid telling patients that they ‘cannot mentalize’. The model "
                            "describes a capacity that comes and goes with arousal and "
                            "attachment stress. Framing it this way is more accurate, and it "
                            "points towards what treatment can change.</p>"
                        ),
                    },
                ),
                (
                    "key_points",
                    {
                        "heading": "Key points",
                        "points": [
                            "Mentalizing means making sense of behaviour through the mental "
                            "states behind it, in oneself and in others.",
                            "MBT roots BPD in disrupted attachment: mentalizing develops in "
                            "relationships and collapses under emotional stress.",
                            "Four dimensions (automatic–controlled, self–other, "
                            "internal–external, cognitive–affective) describe where imbalances "
                            "lie.",
                            "Epistemic trust determines whether what the therapist offers can be taken in.",
                            "A typical programme lasts about 18 months and combines an "
                            "introductory group, individual and group therapy.",
                        ],
                    },
                ),
            ],
        },
        # M2
        {
            "slug": "mbt-modes-and-formulation",
            "title": "Non-mentalizing modes, assessment and formulation",
            "summary": (
                "Telling psychic equivalence, pretend mode and teleological mode apart in practice, "
                "and how MBT turns assessment into a shared formulation."
            ),
            "objectives": [
                "By the end you can spot the three non-mentalizing modes in a patient's words and actions.",
                "By the end you can describe how climbing arousal pushes a patient out of mentalizing.",
                "By the end you can list the tasks of the initial phase of MBT.",
                "By the end you can draft, together with a patient, a brief formulation centred on mentalizing.",
            ],
            "minutes": 45,
            "body": [
                (
                    "text",
                    "<h2>When mentalizing goes offline</h2>"
                    "<p>When arousal rises past a certain point, flexible thinking about minds "
                    "gives way to older, simpler ways of experiencing the world. MBT describes "
                    "three of them. They are not diagnoses or personality types; they are "
                    "states that anyone can slip into, and that people with BPD slip into more "
                    "readily and more often.</p>"
                    "<h3>Psychic equivalence</h3>"
                    "<p>Inner experience feels identical to outer reality. If the patient feels "
                    "rejected, they have been rejected; there is no gap in which another "
                    "reading could exist. Look for flashback-like states, a sense of being "
                    "overwhelmed, rigid certainty and confident claims about what others think. "
                    "Because the experience feels too real, arguing with it tends to escalate "
                    "it.</p>"
                    "<h3>Pretend mode</h3>"
                    "<p>Here the problem is the opposite: mental-state talk floats free of "
                    "feeling and of what is actually happening. Sessions can sound insightful "
                    "while nothing changes. Look for long, fluent accounts with no link to the "
                    "here and now, and for self-deception. A carefully judged challenge is "
                    "sometimes needed to break the spell.</p>"
                    "<h3>Teleological mode</h3>"
                    "<p>Only what can be seen counts. Intentions and feelings are accepted only "
                    "when proved by a physical act or an outcome: a visit, a gift, an extra "
                    "session. The therapist may feel pressure to act instead of think.</p>"
                    "<p>In ordinary development, children gradually integrate the first two "
                    "modes into full mentalizing. In adults with BPD the earlier modes "
                    "reappear under stress, which is why tracking arousal is part of "
                    "recognising them.</p>",
                ),
                (
                    "technique",
                    {
                        "technique": "MBT-PE",
                        "note": (
                            "Recognising certainty as a state rather than a fact stops the "
                            "therapist from arguing with it."
                        ),
                    },
                ),
                (
                    "technique",
                    {
                        "technique": "MBT-PM",
                        "note": (
                            "Pretend mode is easy to mistake for progress, so it needs naming in "
                            "supervision and in rating."
                        ),
                    },
                ),
                (
                    "technique",
                    {
                        "technique": "MBT-TM",
                        "note": (
                            "Teleological demands pull the therapist into action; recognising "
                            "the mode creates room to think first."
                        ),
                    },
                ),
                (
                    "vignette",
                    {
                        "title": "Three minutes with Noor",
                        "vignette": (
                            "<p>Noor, 27, arrives late and starts before sitting down: her "
                            "manager moved a meeting without telling her, so “obviously they're "
                            "building a case to fire me, everyone knows it”. A few minutes later "
                            "she shifts into a calm, articulate explanation of how her “core "
                            "wound of not being chosen” is being activated, with no trace of "
                            "the earlier distress. As the session nears its end she says that "
                            "if the therapist really took her seriously, they would write to "
                            "her manager today.</p>"
                        ),
                        "prompt": (
                            "Which non-mentalizing mode do you see in each of the three moments, "
                            "and what would your first response be to each?"
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Assessment is already treatment</h2>"
                    "<p>MBT does not treat assessment as a separate step before therapy begins. "
                    "The initial phase covers several tasks, often in parallel:</p>"
                    "<ul>"
                    "<li>assessing mentalizing capacities and personality functioning;</li>"
                    "<li>engaging the patient and agreeing a treatment contract;</li>"
                    "<li>giving and discussing the diagnosis;</li>"
                    "<li>psychoeducation about mentalizing and BPD;</li>"
                    "<li>agreeing a hierarchy of therapeutic aims;</li>"
                    "<li>stabilising pressing social and behavioural problems.</li>"
                    "</ul>"
                    "<p>Norwegian MBT keeps emotion at the centre of this work by interviewing "
                    "the patient about specific episodes in which mentalizing failed. These "
                    "episodes become the raw material for a joint formulation.</p>"
                    "<h2>A mentalizing formulation</h2>"
                    "<p>The formulation is written with the patient, in words the patient "
                    "recognises. It usually sets out:</p>"
                    "<ol>"
                    "<li>the situations, often attachment-related, in which mentalizing tends "
                    "to collapse;</li>"
                    "<li>what the collapse looks like, including which mode takes over;</li>"
                    "<li>what the patient then does, such as self-harm, withdrawal or "
                    "attack;</li>"
                    "<li>what helps thinking come back online;</li>"
                    "<li>a crisis plan agreed by both.</li>"
                    "</ol>"
                    "<p>Many clinicians also anticipate how the same pattern might show up in "
                    "the relationship with the therapist. That makes later ruptures easier to "
                    "recognise as familiar territory rather than as a surprise.</p>",
                ),
                (
                    "technique",
                    {
                        "technique": "MBT-FORM",
                        "note": (
                            "The joint formulation turns assessment findings into a shared map "
                            "that patient and therapist can return to."
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "caution",
                        "title": "Stabilise before you explore",
                        "body": (
                            "<p>Self-harm, suicidal crises and acute social problems are part "
                            "of the initial phase, not something to postpone until the "
                            "formulation is finished. Make sure the crisis plan exists early "
                            "and that it is specific about what the patient and the service "
                            "will do.</p>"
                        ),
                    },
                ),
                (
                    "key_points",
                    {
                        "heading": "Key points",
                        "points": [
                            "Psychic equivalence: the feeling is taken as fact. Pretend mode: "
                            "talk without feeling. Teleological mode: only actions count.",
                            "These modes take over as arousal climbs; they are states, not character traits.",
                            "In MBT, assessment is part of treatment and includes diagnosis, "
                            "psychoeducation, aims and stabilisation.",
                            "The formulation is written jointly and includes a crisis plan.",
                        ],
                    },
                ),
            ],
        },
        # M3
        {
            "slug": "mbt-mentalizing-stance",
            "title": "The mentalizing stance",
            "summary": (
                "The therapist attitude that carries MBT: curious, warm, transparent about its "
                "own thinking, and quick to own misunderstandings."
            ),
            "objectives": [
                "By the end you can tell a not-knowing stance apart from both passivity and expert explanation.",
                "By the end you can share your own thinking while marking it clearly as yours.",
                "By the end you can acknowledge your own misunderstandings plainly and without defensiveness.",
                "By the end you can keep your interventions brief and directed at what the patient feels now.",
            ],
            "minutes": 40,
            "body": [
                (
                    "text",
                    "<h2>A stance, not a trick</h2>"
                    "<p>The mentalizing stance is the attitude from which every MBT "
                    "intervention is made. Attention stays on the patient's mind and on what "
                    "passes between patient and therapist. The therapist approaches that mind "
                    "with genuine curiosity and without assuming they "
                    "already know what is in it. Seen this way, mentalizing is an attitude no "
                    "less than a technique: an openness to having one's views revised by "
                    "discovering how someone else sees things.</p>"
                    "<p>Not-knowing is easily misread. It does not mean having no views, and "
                    "it does not mean pretending ignorance to draw the patient out. The "
                    "therapist actively offers and builds other perspectives with the patient. "
                    "The difference lies in holding those perspectives lightly.</p>"
                    "<h3>Three replies to the same sentence</h3>"
                    "<p>The patient says: “My sister didn't even look at me at the party.”</p>"
                    "<ul>"
                    "<li><strong>Expert:</strong> “You're expecting rejection because of how "
                    "your mother treated you.” This tells the patient what is in their "
                    "mind.</li>"
                    "<li><strong>Passive:</strong> “Mm.” Safe, but leaves the patient alone "
                    "with a certainty.</li>"
                    "<li><strong>Not-knowing:</strong> “That sounds painful. I'm curious what "
                    "you made of it in the moment, and whether she might have had something "
                    "else on her mind.”</li>"
                    "</ul>",
                ),
                (
                    "technique",
                    {
                        "technique": "MBT-NK",
                        "note": (
                            "The not-knowing stance is the default position from which every other MBT move is made."
                        ),
                    },
                ),
                (
                    "technique",
                    {
                        "technique": "MBT-MARK",
                        "note": (
                            "Marking one's own view as one's own gives the patient a second mind "
                            "to think about without forcing agreement."
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Warmth as the floor</h2>"
                    "<p>Karterud's adherence and competence scale begins with engagement, "
                    "interest and warmth. Because this quality should be present throughout, "
                    "it is not rated for adherence on its own; it is the floor beneath "
                    "everything else. The same scale lists exploration, curiosity and a "
                    "not-knowing stance as its second item, and expects the therapist to make "
                    "their own mental process visible and clearly labelled as theirs.</p>"
                    "<h2>Owning misunderstandings</h2>"
                    "<p>Therapists misunderstand patients all the time; what matters is what "
                    "happens next. Saying plainly “I think I got that wrong” models exactly the "
                    "kind of flexible thinking MBT is trying to build. It also lowers arousal, "
                    "because the patient no longer has to fight to be understood.</p>"
                    "<h2>Short and affect-focused</h2>"
                    "<p>MBT interventions are brief. Long, complex statements overload a "
                    "patient whose mentalizing is fragile, and they tend to turn the session "
                    "into a lecture. Interventions aim at the patient's current mind, "
                    "particularly what they are feeling now, rather than at behaviour or at "
                    "the distant past.</p>",
                ),
                (
                    "technique",
                    {
                        "technique": "MBT-WARM",
                        "note": (
                            "Warmth is not scored separately because it must be present in "
                            "everything the therapist does."
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "The one-breath rule",
                        "body": (
                            "<p>When practising with role-play partners, try to keep each "
                            "intervention short enough to say in one breath. If it needs a "
                            "second breath, it is probably an explanation rather than an "
                            "invitation to think.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>How the stance slips</h2><ul><li><strong>Into the expert role</strong>, "
                    "usually when the patient asks for answers and the therapist feels pressure "
                    "to supply them.</li><li><strong>Into collusion</strong>, agreeing with a "
                    "certainty about someone else to keep the peace.</li><li><strong>Into "
                    "interrogation</strong>, a run of questions with no perspective ever offered "
                    "in return.</li><li><strong>Into indifference</strong>, when the therapist is "
                    "tired, bored or irritated. Noticing that loss of curiosity is itself useful "
                    "information about what is happening in the room.</li></ul><p>None of these "
                    "slips is a disaster. Each can be repaired by returning, openly, to "
                    "curiosity.</p>",
                ),
                (
                    "key_points",
                    {
                        "heading": "Key points",
                        "points": [
                            "Not-knowing means curiosity plus actively offered alternatives, "
                            "not silence or feigned ignorance.",
                            "The therapist's own thinking is shared and explicitly marked as their perspective.",
                            "Engagement, interest and warmth are expected throughout, so they "
                            "are the base rather than a scored move.",
                            "Owning misunderstandings models the flexibility MBT aims to build.",
                            "Interventions are short and aimed at current feeling.",
                        ],
                    },
                ),
            ],
        },
        # M4
        {
            "slug": "mbt-core-interventions",
            "title": "Core interventions and arousal",
            "summary": (
                "Validation, clarification, affect focus, exploration, challenge and "
                "stop–rewind–explore, and how to match each to the patient's arousal."
            ),
            "objectives": [
                "By the end you can steady a patient with empathic validation before moving into exploration.",
                "By the end you can slow a rushed account down with clarification and affect elaboration.",
                "By the end you can use stop–rewind–explore when mentalizing breaks down in the session.",
                "By the end you can decide when a challenge is warranted and when it is not.",
                "By the end you can fit the complexity of what you say to the patient's level of arousal.",
            ],
            "minutes": 55,
            "body": [
                (
                    "text",
                    "<h2>A spectrum of interventions</h2>"
                    "<p>MBT's basic interventions can be arranged from the most supportive to "
                    "the most demanding. Basic MBT training rehearses a small set of these "
                    "moves (clarification, challenge, basic mentalizing) through role play of "
                    "typical clinical situations, alongside the management of arousal.</p>"
                    "<ul>"
                    "<li><strong>Empathic validation and support</strong> steady the patient "
                    "and build contact.</li>"
                    "<li><strong>Clarification and affect elaboration</strong> slow the story "
                    "down and bring feeling into view.</li>"
                    "<li><strong>Basic mentalizing and exploration</strong> open up other "
                    "perspectives on the patient's own and others' states.</li>"
                    "<li><strong>Challenge</strong> interrupts a stuck, non-mentalizing loop, "
                    "mainly pretend mode.</li>"
                    "<li><strong>Mentalizing the relationship</strong> works with what is "
                    "happening between patient and therapist (module 6).</li>"
                    "</ul>"
                    "<p>The rule of thumb is simple. High emotional arousal takes mentalizing "
                    "offline, and good mentalizing helps emotion settle. So when arousal is "
                    "high, stay near the supportive end of the list; move towards exploration "
                    "and relational work as the patient calms.</p>",
                ),
                (
                    "video",
                    {"clip": "mbt-individual-session"},
                ),
                (
                    "text",
                    "<h2>Watching the session</h2>"
                    "<p>As you watch, notice how the therapist holds a not-knowing stance, "
                    "clarifies before exploring, keeps returning to what the patient feels, and "
                    "stops the conversation when it loses its reflective quality. Pause at the "
                    "moment where you would have said “stop”, then compare with what the "
                    "therapist does.</p>"
                    "<h2>Stop–rewind–explore, step by step</h2>"
                    "<ol>"
                    "<li><strong>Notice</strong> that mentalizing has collapsed: the patient "
                    "becomes certain, heated, vague or flat.</li>"
                    "<li><strong>Stop</strong> the flow of conversation, gently and "
                    "explicitly.</li>"
                    "<li><strong>Rewind</strong> to just before the collapse, the last point "
                    "at which the two of you were still thinking together.</li>"
                    "<li><strong>Explore</strong> what was going on in the patient's mind "
                    "then, staying open to the therapist's own part in the shift.</li>"
                    "</ol>"
                    "<p>Some summaries of the 2016 MBT manual extend this loop with a step of "
                    "widening perspectives and, where it fits, a turn to the relationship "
                    "between patient and therapist. The core of the technique is the same: "
                    "return to the moment, not to childhood.</p>",
                ),
                (
                    "technique",
                    {
                        "technique": "MBT-SRE",
                        "note": (
                            "Stop–rewind–explore is the signature MBT response to a collapse of "
                            "mentalizing in the session."
                        ),
                    },
                ),
                (
                    "technique",
                    {
                        "technique": "MBT-CLAR",
                        "note": (
                            "Clarification supplies the slow, concrete sequence of events that exploration needs."
                        ),
                    },
                ),
                (
                    "technique",
                    {
                        "technique": "MBT-AROUS",
                        "note": ("Arousal decides which of the other interventions can land at any given moment."),
                    },
                ),
                (
                    "technique",
                    {
                        "technique": "MBT-CHAL",
                        "note": (
                            "Challenge is powerful precisely because it is rare, and it is "
                            "aimed mainly at pretend mode."
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Noticing what goes well</h2>"
                    "<p>Adherent MBT is not only about repairing breakdowns. When the patient "
                    "pauses to wonder about someone else's state, or revises a confident "
                    "view, the therapist briefly acknowledges it. This keeps attention on the "
                    "process of mentalizing and shows the patient what it looks like from the "
                    "outside.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "caution",
                        "title": "At peak arousal, keep it simple",
                        "body": (
                            "<p>When a patient is shouting, sobbing or shut down, complex "
                            "comments about the relationship or clever challenges will not "
                            "land and may escalate things. Validate and help lower arousal "
                            "first. If urges to self-harm or suicidal thoughts come up, turn "
                            "to the agreed crisis plan and ask directly about intent, plans "
                            "and means before any further exploration (next module).</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Putting it together</h2><p>A patient arrives furious because a friend "
                    "cancelled their plans at the last minute. The therapist first validates the "
                    "disappointment, then clarifies what actually happened: the message, its "
                    "wording, the time it arrived. Affect elaboration follows, separating the "
                    "anger from the hurt underneath it. Only then does the therapist invite "
                    "exploration of what might have been going on for the friend. If the patient "
                    "snaps, “So you're on her side too”, the therapist stops, rewinds to the "
                    "moment before the question and explores what it stirred up, including how "
                    "the question itself may have landed.</p>",
                ),
                (
                    "key_points",
                    {
                        "heading": "Key points",
                        "points": [
                            "Interventions range from supportive (validation) to demanding "
                            "(challenge, relational work).",
                            "Match the intervention to arousal: support when high, exploration when lower.",
                            "Stop–rewind–explore returns to the moment just before mentalizing was lost.",
                            "Challenge is a targeted move for pretend mode and needs a secure alliance.",
                            "Good moments of mentalizing are noticed and briefly acknowledged.",
                        ],
                    },
                ),
            ],
        },
        MBT_RISK_MODULE,
        # M5
        {
            "slug": "mbt-mentalizing-the-relationship",
            "title": "Mentalizing the relationship and the therapist's own mind",
            "summary": (
                "How MBT uses what happens between patient and therapist as live material for "
                "mentalizing, without falling back on classical interpretation."
            ),
            "objectives": [
                "By the end you can give the reasons why MBT works with the relationship as a "
                "training ground for mentalizing.",
                "By the end you can acknowledge how a patient experiences you before exploring that experience.",
                "By the end you can recognise and own your contribution to a misunderstanding.",
                "By the end you can offer your own view of the interaction, clearly marked as yours.",
                "By the end you can connect a pattern in the room to other relationships "
                "tentatively, without interpreting.",
            ],
            "minutes": 45,
            "body": [
                (
                    "text",
                    "<h2>Why the relationship?</h2>"
                    "<p>Patients with BPD struggle most with mentalizing in close, emotionally "
                    "charged relationships. Therapy is one such relationship, and it has a "
                    "particular advantage: both people are present when things go wrong. MBT "
                    "makes deliberate use of this. Where DBT mainly uses the relationship to "
                    "support skills coaching, MBT treats it as a place where mentalizing can "
                    "be studied and practised as the interaction unfolds.</p>"
                    "<p>The review credits MBT with finer-grained micro-tools than DBT for "
                    "handling relational trouble in the moment. This module "
                    "is about those tools.</p>"
                    "<h2>A sequence for relational work</h2>"
                    "<ol>"
                    "<li><strong>Validate</strong> the patient's experience of the therapist. "
                    "If they felt dismissed, that feeling is real, whatever the therapist "
                    "intended.</li>"
                    "<li><strong>Explore</strong> what the patient imagines is going on in the "
                    "therapist's mind.</li>"
                    "<li><strong>Acknowledge</strong> any part the therapist may have played, "
                    "even one not yet understood.</li>"
                    "<li><strong>Share</strong> the therapist's own perspective, clearly marked "
                    "as theirs.</li>"
                    "<li><strong>Link</strong>, if it helps, to similar patterns in other "
                    "relationships.</li>"
                    "</ol>"
                    "<p>This is done at low to moderate arousal. It stays in the present and is "
                    "aimed at activating thinking about both minds in the room.</p>"
                    "<h2>Not psychodynamic interpretation</h2>"
                    "<p>Classical transference interpretation explains the present reaction "
                    "by the past (“you are experiencing me as your father”). The review says "
                    "both MBT and DBT dispense with interpretation in this psychodynamic sense; "
                    "neither gives up on helping the patient understand patterns (DBT, for "
                    "instance, has its own insight strategies). For a patient whose sense of their own mind is "
                    "fragile, being told what they ‘really’ feel can deepen the problem. In "
                    "MBT, any link to other relationships comes late, tentatively, and as a "
                    "question to think about together.</p>",
                ),
                (
                    "technique",
                    {
                        "technique": "MBT-REL",
                        "note": (
                            "Mentalizing the relationship is the module's central technique and "
                            "a key difference from DBT."
                        ),
                    },
                ),
                (
                    "technique",
                    {
                        "technique": "MBT-OWN",
                        "note": (
                            "Owning a possible part in the rupture lowers arousal and makes the "
                            "relationship safe to think about."
                        ),
                    },
                ),
                (
                    "vignette",
                    {
                        "title": "The holiday announcement",
                        "vignette": (
                            "<p>Near the end of a session, the therapist mentions that they will "
                            "be away for two weeks next month. Kasia, who has been talking "
                            "openly about her week, goes still and then says: “Fine. You want "
                            "to get rid of me, like everyone else. You could have just said "
                            "so.” Her voice is tight but she is still in the room and looking "
                            "at the therapist.</p>"
                        ),
                        "prompt": (
                            "Write the first two things you would say, following the sequence "
                            "above. Where might an interpretive reply have taken the session "
                            "instead?"
                        ),
                    },
                ),
                (
                    "technique",
                    {
                        "technique": "X-INTERP",
                        "note": (
                            "Reading a rupture as transference, in the psychodynamic sense, is set aside by both "
                            "models; DBT keeps insight strategies and MBT offers links only tentatively."
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Using your own reactions</h2>"
                    "<p>Therapists are trained to use their experience of the patient to "
                    "increase mentalizing. A feeling of being pushed away, bored or hurried "
                    "can be information about what is happening between the two people, "
                    "offered tentatively and owned as the therapist's. The point is to open a "
                    "conversation, never to assign blame.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "caution",
                        "title": "Timing and self-defence",
                        "body": (
                            "<p>Do not start relational work while the patient is highly "
                            "aroused; validate and steady first. Watch for the urge to defend "
                            "yourself (“I didn't mean it like that”). It is natural, but it "
                            "usually closes the conversation that relational work is trying to "
                            "open.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>When the patient is right</h2><p>Sometimes the patient has read the "
                    "therapist accurately: the therapist was distracted, or did sound impatient. "
                    "Confirming this is not a loss of authority. It shows that minds can be read, "
                    "checked and corrected, and it strengthens the patient's trust in their own "
                    "perceptions, which is a step towards trusting what others tell them.</p>",
                ),
                (
                    "key_points",
                    {
                        "heading": "Key points",
                        "points": [
                            "MBT uses the live relationship to study and practise mentalizing; "
                            "DBT mainly uses it to support skills coaching.",
                            "Sequence: validate, explore the patient's view of your mind, own "
                            "your part, share your view marked as yours, then link.",
                            "Relational work happens at lower arousal and stays in the present.",
                            "Psychodynamic interpretation is set aside; links to other relationships "
                            "are offered tentatively.",
                        ],
                    },
                ),
            ],
        },
        # M6
        {
            "slug": "mbt-groups",
            "title": "MBT groups: MBT-I and MBT-G",
            "summary": (
                "The introductory psychoeducational group and the therapeutic MBT group: what "
                "each is for, how each is run, and what sets MBT-G apart."
            ),
            "objectives": [
                "By the end you can explain how the introductory group and the therapy group "
                "differ in purpose and method.",
                "By the end you can describe how an MBT-G session is set up and what members bring to it.",
                "By the end you can help a group think together about an event that one member brings.",
                "By the end you can turn interactions within the group into material for mentalizing.",
                "By the end you can point out the main differences between MBT-G and a DBT skills group.",
            ],
            "minutes": 45,
            "body": [
                (
                    "text",
                    "<h2>Two groups with different jobs</h2>"
                    "<p>Most MBT programmes use two kinds of group at different points in "
                    "treatment.</p>"
                    "<p><strong>MBT-I</strong> (introductory) is a time-limited, educational "
                    "group of about 10 to 12 weeks. Through short presentations, discussion, "
                    "exercises and homework it introduces attachment, emotions, personality "
                    "and mentalizing, and prepares patients for the intensive phase. The "
                    "published manual lists twelve sessions, roughly in this order:</p>"
                    "<ol>"
                    "<li>what mentalizing is;</li>"
                    "<li>problems with mentalizing;</li>"
                    "<li>emotions;</li>"
                    "<li>regulating emotions;</li>"
                    "<li>attachment;</li>"
                    "<li>attachment and mentalizing;</li>"
                    "<li>personality disorder and BPD;</li>"
                    "<li>MBT, part one;</li>"
                    "<li>MBT, part two;</li>"
                    "<li>anxiety;</li>"
                    "<li>depression;</li>"
                    "<li>summary.</li>"
                    "</ol>"
                    "<p>At the end, each patient meets a senior clinician to look back on "
                    "the course and plan what comes next.</p>",
                ),
                (
                    "technique",
                    {
                        "technique": "MBT-PSYED",
                        "note": (
                            "Teaching belongs in MBT-I only; knowing where it stops is part of running MBT groups well."
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Inside MBT-G</h2>"
                    "<p><strong>MBT-G</strong> is a psychodynamic therapy group of the "
                    "familiar kind, with members seated in a circle of chairs. When someone is "
                    "missing, their chair stays empty so that the absence remains visible. "
                    "There is no teaching. Instead, members bring interpersonal events from "
                    "the days since the group last met, and the whole group is invited to think about "
                    "them: what might the people involved have felt, wanted or feared?</p>"
                    "<p>Group processes are not a distraction from this work; they are part "
                    "of it. Tension between members, or with the leaders, becomes material for "
                    "mentalizing. MBT-G is often described as a structured training ground for "
                    "mentalizing between people, led by clinicians who take an active part "
                    "rather than observing from the edge.</p>"
                    "<p>MBT-G has its roots in group analysis, but it was adapted, with more active "
                    "leadership, clearer structure and more explicit authority, because "
                    "groups of patients with personality disorders can otherwise become "
                    "chaotic. Strong supervision is needed, and a quality-assurance scale for "
                    "MBT-G has been published.</p>",
                ),
                (
                    "technique",
                    {
                        "technique": "MBT-G-EVENT",
                        "note": ("Events brought from members' lives are the raw material of an MBT group."),
                    },
                ),
                (
                    "technique",
                    {
                        "technique": "MBT-G-MENT",
                        "note": (
                            "Inviting every member to guess at mental states is what turns a "
                            "story into group mentalizing."
                        ),
                    },
                ),
                (
                    "technique",
                    {
                        "technique": "MBT-G-EMPTY",
                        "note": ("The empty chair keeps absence in the room, where it can be thought about."),
                    },
                ),
                (
                    "vignette",
                    {
                        "title": "Breakfast with the flatmate",
                        "vignette": (
                            "<p>Six chairs are in a circle; one is empty because Lewis has not "
                            "come. Sam describes how her flatmate ignored her at breakfast and "
                            "then left without saying goodbye. “She's sick of me, that's all.” "
                            "As Sam talks, Priya gives a short laugh and looks away. Sam "
                            "stops mid-sentence.</p>"
                        ),
                        "prompt": (
                            "How would you bring other members into thinking about the flatmate "
                            "and about Sam? What, if anything, would you do with Priya's laugh "
                            "and with Lewis's empty chair?"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Not a skills group",
                        "body": (
                            "<p>A DBT skills group looks almost opposite: members face a "
                            "whiteboard, leaders teach from the manual, homework is reviewed "
                            "from diary cards and friction between members is briefly named "
                            "and set aside. The cross-training course sets the two formats "
                            "side by side.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Practical points for leaders</h2><ul><li>Keep to one event at a time, "
                    "and keep the account concrete enough for others to imagine it.</li><li>Bring "
                    "quieter members in by asking for their guesses, not their "
                    "advice.</li><li>Watch arousal across the whole room, not only in the person "
                    "who is speaking.</li><li>Step in early when one member becomes the target of "
                    "the group; protecting a member is part of keeping the group safe enough to "
                    "think.</li></ul>",
                ),
                (
                    "key_points",
                    {
                        "heading": "Key points",
                        "points": [
                            "MBT-I is a time-limited educational group (about 10 to 12 weeks) "
                            "that prepares patients for treatment.",
                            "MBT-G is psychodynamic group therapy: a circle, an empty chair "
                            "for absentees, no teaching.",
                            "Members bring recent events and everyone is invited to mentalize the people involved.",
                            "Group processes are used to build mentalizing, unlike in DBT skills training.",
                            "MBT-G modifies group analysis with more structure and active "
                            "leadership, and needs strong supervision.",
                        ],
                    },
                ),
            ],
        },
        # M7
        {
            "slug": "mbt-fidelity-and-training",
            "title": "Fidelity, competence and the MBT training pathway",
            "summary": (
                "How formal MBT training is structured, how recorded sessions are rated for "
                "adherence and quality, and what the pooled evidence for MBT shows."
            ),
            "objectives": [
                "By the end you can outline the recognised route to becoming an MBT practitioner.",
                "By the end you can describe how recorded MBT sessions are scored for adherence and quality.",
                "By the end you can explain how a quality laboratory gives feedback to therapists.",
                "By the end you can read the pooled estimates for MBT against treatment as "
                "usual and state their limits.",
            ],
            "minutes": 45,
            "body": [
                (
                    "text",
                    "<h2>How formal MBT training is organised</h2>"
                    "<p>The Anna Freud Centre describes a stepped pathway:</p>"
                    "<ol>"
                    "<li>a three-day basic course, run by the Centre or by a provider it has "
                    "accredited;</li>"
                    "<li>supervised practice with an approved MBT supervisor;</li>"
                    "<li>the MBT practitioner certificate course.</li>"
                    "</ol>"
                    "<p>Beyond practitioner level, clinicians can go on to supervise and "
                    "train others. Events run by other organisations are not accepted as "
                    "evidence for progression along this pathway. Basic courses come in "
                    "several formats, including blended versions that mix live sessions with "
                    "self-guided study, and in-person courses that ask participants to watch "
                    "short online theory videos beforehand.</p>"
                    "<p>A typical three-day basic course covers mentalizing and "
                    "non-mentalizing, attachment, trauma and BPD on the first day; "
                    "assessment, the mentalizing stance and the structure of MBT on the "
                    "second; and what good MBT looks like, the components of the manual and "
                    "MBT groups on the third. Participants role-play both therapist and "
                    "patient.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Where this course fits",
                        "body": (
                            "<p>This course is continuing education. It can prepare you for a "
                            "basic course or deepen what you learned there, but it is not part "
                            "of the formal pathway and does not certify anyone in MBT.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Rating adherence and quality</h2>"
                    "<ul>"
                    "<li><strong>Individual MBT.</strong> Karterud and colleagues published an "
                    "adherence and competence scale in 2013; later publications describe a "
                    "17-item adherence and quality scale (MBT-AQS) for individual MBT. "
                    "After a single day of rater training, experienced clinicians rated it "
                    "reliably (adherence .67, quality .62). Danish raters were trained by "
                    "comparing their ratings with gold-standard ratings from the Norwegian "
                    "quality laboratory.</li>"
                    "<li><strong>Bateman's 2018 scale</strong>, written alongside the 2016 "
                    "manual, gives supervision a focus, supports judgements of adherence and "
                    "shows which areas of practice are strong or weak. Raters need training "
                    "to use it reliably.</li>"
                    "<li><strong>MBT-G.</strong> A group adherence and quality scale was "
                    "tested on 16 recorded sessions (8 MBT groups, 8 psychodynamic groups) "
                    "with five raters, giving high to excellent reliability for global "
                    "ratings.</li>"
                    "<li><strong>MBT-RACS.</strong> Seventeen coders rated 126 recorded "
                    "sessions, 104 of them group and 22 individual. With two coders, total "
                    "adherence scores agreed closely: ICC .84 in group sessions, .95 in "
                    "individual ones.</li>"
                    "</ul>"
                    "<h2>The quality laboratory model</h2>"
                    "<p>Since 2013, a quality laboratory at Oslo University Hospital has rated "
                    "therapists' own session videos on the MBT scale. Two raters reach a "
                    "consensus, a supervisor approves a written clinical feedback profile, "
                    "and a phone conversation about it is offered. Group sessions are rated as "
                    "well as individual ones, and a routine of two ratings per therapist each "
                    "year has been proposed. Before rating, the raters completed a 50-hour "
                    "training and reached reliability. A quality manual by Bateman, Bales and "
                    "Hutsebaut extends the idea of monitoring from the individual therapist "
                    "to supervisors, programmes and organisations.</p>",
                ),
                (
                    "evidence",
                    {
                        "caption": "MBT compared with treatment as usual: pooled estimates",
                        "source": _EVIDENCE_SOURCE,
                        "note": (
                            "A negative SMD or an RR below 1 favours MBT; a confidence interval "
                            "crossing 0 (SMD) or 1 (RR) means the result is not significant. "
                            "The two risk ratios rest on only three trials each, so read them "
                            "with caution. " + _MBT_FUNCTIONING_AS_PRINTED
                        ),
                        "rows": [dict(row) for row in _MBT_VS_TAU],
                    },
                ),
                (
                    "text",
                    "<h2>Reading the MBT figures honestly</h2>"
                    "<p>Against treatment as usual, MBT showed significant reductions in "
                    "self-harm, suicidal behaviour and interpersonal problems, while the "
                    "estimates for BPD severity, psychosocial functioning and depression did "
                    "not reach significance. Results outside the pooled table are mixed too: "
                    "trials in adolescent groups, in comorbid addiction and in eating "
                    "disorders showed little or no advantage, and a two-year intensive MBT "
                    "programme did no better than less intensive supportive group therapy, "
                    "although both groups improved a great deal. Teaching the limits "
                    "alongside the strengths is part of fidelity to the evidence.</p>",
                ),
                (
                    "key_points",
                    {
                        "heading": "Key points",
                        "points": [
                            "Formal MBT training runs from a basic course through supervised "
                            "practice to a practitioner certificate; this course is not a step "
                            "on that path.",
                            "Adherence and quality scales exist for individual MBT, MBT-G and "
                            "research use, and all require rater training.",
                            "Quality laboratories rate therapists' own session videos and "
                            "return consensus-based feedback.",
                            "MBT's significant pooled effects against TAU are for self-harm, "
                            "suicidal behaviour and interpersonal problems.",
                        ],
                    },
                ),
            ],
        },
        MBT_COURSE_OF_TREATMENT_MODULE,
    ],
}


# ---------------------------------------------------------------------------------------------
# Course 2: DBT track (brief 2.3, D1–D8)
# ---------------------------------------------------------------------------------------------

_DBT_COURSE = {
    "slug": "dbt-essentials",
    "title": "DBT essentials: theory, structure, validation and skills",
    "track": "dbt",
    "summary": (
        "Ten modules on dialectical behavior therapy: the biosocial theory, the treatment "
        "structure, chain analysis, suicidal and self-harming behaviour, validation, commitment and "
        "the change procedures, the four skills areas, the skills group and how fidelity is assessed."
    ),
    "intro": (
        "<p>This course introduces dialectical behavior therapy (DBT) as it is used with people "
        "diagnosed with borderline personality disorder. It follows the logic of the treatment "
        "itself: theory first, then structure and targets, then the individual-therapy tools "
        "(diary card, chain analysis, suicidal and self-harming behaviour, validation, commitment "
        "and change procedures), then the skills, the group and coaching, and "
        "finally fidelity and evidence.</p>"
        "<p>Role-play clips are scripted, with synthetic voices over drawn figures; no real patient "
        "appears in them. Skill acronyms are given in the "
        "form in which they are commonly taught; the DBT skills training manual remains the "
        "reference for their exact wording.</p>"
        "<p>This is continuing education. DBT is delivered by teams, and recognised DBT training "
        "and clinician certification are provided by other bodies. Completing this course does "
        "not certify anyone in DBT.</p>"
    ),
    "estimated_hours": 8,
    "modules": [
        # D1
        {
            "slug": "dbt-biosocial-theory",
            "title": "Biosocial theory and dialectics",
            "summary": (
                "Why DBT places emotion dysregulation at the core of BPD, how biology and an "
                "invalidating environment interact, and why the treatment balances acceptance "
                "and change."
            ),
            "objectives": [
                "By the end you can describe how emotional vulnerability and an invalidating "
                "environment shape each other in the biosocial theory.",
                "By the end you can explain self-harm as an attempt to regulate emotion that carries a heavy cost.",
                "By the end you can explain why DBT holds acceptance and change together.",
                "By the end you can use the aim of a life worth living to anchor treatment goals.",
            ],
            "minutes": 40,
            "body": [
                (
                    "text",
                    "<h2>Emotion dysregulation at the core</h2>"
                    "<p>DBT grew out of cognitive-behavioural therapy, and it locates the "
                    "central problem of BPD in the regulation of emotion. People with the "
                    "disorder react quickly and strongly to emotional events, and at the same "
                    "time find it hard to recognise what they feel and to handle it in ways "
                    "that work for them.</p>"
                    "<h2>The biosocial theory</h2>"
                    "<p>DBT explains how this pattern develops through two sets of factors "
                    "acting on each other over time.</p>"
                    "<ul>"
                    "<li><strong>Biological vulnerability.</strong> A temperament marked by "
                    "heightened sensitivity to emotional triggers, unusually intense "
                    "reactions, and a slow return to a calm baseline.</li>"
                    "<li><strong>The social environment.</strong> Childhood adversity, "
                    "including emotional, physical or sexual abuse, neglect, and especially "
                    "chronic invalidation: an environment that repeatedly treats the child's "
                    "feelings as wrong, exaggerated or irrelevant.</li>"
                    "</ul>"
                    "<p>A sensitive child in an invalidating environment does not learn to "
                    "trust, name or regulate their emotions, and the environment responds to "
                    "escalation in ways that make the pattern worse. The result is pervasive "
                    "emotional dysregulation.</p>"
                    "<h3>What problem behaviours do</h3>"
                    "<p>From this viewpoint, self-harm and other target behaviours are "
                    "understood as attempts to bring unbearable emotion down, or as "
                    "consequences of dysregulation. That is why DBT treats them as problems to "
                    "be solved with better skills, not as signs of bad character or "
                    "attention seeking.</p>",
                ),
                (
                    "text",
                    "<h2>Why dialectics?</h2>"
                    "<p>When Linehan first applied standard behaviour therapy to highly "
                    "suicidal clients, the relentless focus on change was experienced as yet "
                    "another invalidation. Pure support and acceptance, on the other hand, "
                    "left clients stuck. DBT's answer is to hold both at once: accept the "
                    "person as they are, and push hard for change. The word dialectical "
                    "refers to this ongoing synthesis of positions that seem opposed, and to "
                    "a wider emphasis on wholeness and on movement rather than fixed "
                    "positions.</p>"
                    "<p>In practice the therapist meets vulnerability with non-judging "
                    "acceptance and validation, while also working with the client to, in "
                    "Linehan's phrase, get out of hell. The overarching goal is a life the "
                    "client experiences as worth living, which gives the hard work of "
                    "reducing self-harm its purpose.</p>",
                ),
                (
                    "technique",
                    {
                        "technique": "DBT-BAL",
                        "note": (
                            "The acceptance–change balance is the dialectic of this module put "
                            "into a single stretch of dialogue."
                        ),
                    },
                ),
                (
                    "vignette",
                    {
                        "title": "Explaining the theory to Jess",
                        "vignette": (
                            "<p>Jess, 19, has been referred after repeated cutting. In the first "
                            "session she says she has always been “too much”: her parents told "
                            "her she was overreacting whenever she cried, and her older brother "
                            "called her the family drama queen. She asks, half joking, whether "
                            "she was just born broken.</p>"
                        ),
                        "prompt": (
                            "How would you explain the biosocial theory to Jess in two or three "
                            "sentences that neither blame her family nor suggest she is "
                            "broken?"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "A transaction, not a verdict",
                        "body": (
                            "<p>When presenting the theory to clients or families, stress the "
                            "interaction between temperament and environment. A sensitive "
                            "child and a well-meaning but poorly matched family can together "
                            "produce invalidation without anyone intending harm.</p>"
                        ),
                    },
                ),
                (
                    "key_points",
                    {
                        "heading": "Key points",
                        "points": [
                            "DBT puts disturbed emotion regulation at the core of BPD.",
                            "Biosocial theory: sensitivity, intensity and slow return to "
                            "baseline, meeting abuse, neglect or chronic invalidation.",
                            "Self-harm is understood as an attempt to regulate unbearable emotion.",
                            "DBT holds acceptance and change together; either alone fails.",
                            "The overarching aim is a life worth living.",
                        ],
                    },
                ),
            ],
        },
        # D2
        {
            "slug": "dbt-structure-and-targets",
            "title": "Structure: functions, modes, stages, targets and the consultation team",
            "summary": (
                "The five functions of comprehensive DBT and the four modes that serve them, the "
                "stages of treatment and the stage-one target hierarchy, commitment, and why DBT is "
                "delivered by a team with shared agreements."
            ),
            "objectives": [
                "By the end you can name the five functions of comprehensive DBT and say which mode serves each.",
                "By the end you can list the four modes through which standard DBT is delivered.",
                "By the end you can describe the four stages of DBT and what each one targets.",
                "By the end you can order a session's targets using the stage-one hierarchy.",
                "By the end you can explain what pre-treatment and commitment work achieve.",
                "By the end you can name the six agreements that bind a consultation team.",
                "By the end you can explain why DBT relies on a team rather than on individual therapists.",
            ],
            "minutes": 45,
            "body": [
                (
                    "text",
                    "<h2>Five functions</h2>"
                    "<p>Comprehensive DBT is defined by what it does, its functions, more than by "
                    "its formats. It sets out to:</p>"
                    "<ol>"
                    "<li><strong>enhance the client's capabilities</strong>, mainly in the skills "
                    "group;</li>"
                    "<li><strong>improve the client's motivation</strong>, mainly in individual "
                    "therapy;</li>"
                    "<li><strong>generalise</strong> new behaviour to everyday life, for example "
                    "through phone coaching;</li>"
                    "<li><strong>structure the environment</strong> so that it supports progress, in "
                    "the programme and around the client;</li>"
                    "<li><strong>enhance the therapists' capability and motivation</strong>, the "
                    "job of the consultation team.</li>"
                    "</ol>"
                    "<p>One mode can serve several functions, and a programme that drops a mode "
                    "has to show how its function is still met.</p>"
                    "<h2>Four modes</h2>"
                    "<p>Standard DBT runs for about 12 months and combines four modes of "
                    "delivery:</p>"
                    "<ul>"
                    "<li><strong>individual therapy</strong>, where targets are worked on and "
                    "skills are applied to the client's own life;</li>"
                    "<li><strong>group skills training</strong>, typically a weekly group of "
                    "two to two and a half hours;</li>"
                    "<li><strong>telephone coaching</strong> between sessions, especially in "
                    "crises;</li>"
                    "<li><strong>a therapist consultation team</strong>, which supports the "
                    "clinicians.</li>"
                    "</ul>"
                    "<h2>Stages and targets</h2>"
                    "<p>Stage one of DBT deals with severe behavioural dyscontrol. Its targets "
                    "are ranked, and the ranking sets the agenda of each individual "
                    "session:</p>"
                    "<ol>"
                    "<li>life-threatening behaviour (suicidal and self-harming behaviour);</li>"
                    "<li>therapy-interfering behaviour, whether by client or therapist;</li>"
                    "<li>behaviour that seriously interferes with quality of life;</li>"
                    "</ol>"
                    "<p>alongside an ongoing aim of increasing behavioural skills. Imminent "
                    "risk always comes before behaviour that has already happened.</p>"
                    "<p>Before stage one comes pre-treatment. Here the therapist and client "
                    "link DBT's targets to the client's own goals and work towards a "
                    "commitment to treatment. Without this link, the hierarchy can feel like "
                    "a set of rules imposed from outside.</p>"
                    "<h3>After stage one</h3>"
                    "<p>DBT programmes describe three further stages. In stage two the client "
                    "moves from “quiet desperation”, suffering that is no longer acted out, to "
                    "full emotional experiencing; this is where trauma is processed, once "
                    "behaviour is under control. Stage three addresses ordinary problems of "
                    "living and self-respect, and stage four a sense of incompleteness, towards "
                    "a capacity for joy and freedom.</p>",
                ),
                (
                    "technique",
                    {
                        "technique": "DBT-AGENDA",
                        "note": (
                            "The target hierarchy turns a crowded diary card into a clear "
                            "order of work for the session."
                        ),
                    },
                ),
                (
                    "vignette",
                    {
                        "title": "Tomasz's diary card",
                        "vignette": (
                            "<p>Tomasz's card shows he arrived late to both group sessions this "
                            "week, drank heavily on Saturday and had a row with his landlord. "
                            "In the urges column, suicidal urges are rated 4 out of 5 "
                            "yesterday. When you ask, he says he has been “collecting” "
                            "tablets, and that he mostly wants to talk about the landlord.</p>"
                        ),
                        "prompt": (
                            "In what order would you take these items, and how would you "
                            "explain that order to Tomasz without invalidating his wish to "
                            "talk about the landlord?"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "caution",
                        "title": "Imminent risk first",
                        "body": (
                            "<p>Stored medication combined with high suicidal urges is an "
                            "immediate safety issue. It takes precedence over every other item "
                            "on the card, including last week's behaviour. The hierarchy tells you "
                            "where to start; how to assess and act on the risk (asking directly "
                            "about intent, plans and means, making means safer, the safety plan, "
                            "the LRAMP note) is the subject of the module on suicidal and "
                            "self-harming behaviour, and your service's procedures decide the "
                            "rest.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>The consultation team</h2>"
                    "<p>DBT assumes that nobody should carry complex, high-risk clients on "
                    "their own. Therapists therefore belong to a consultation team, usually "
                    "three to eight clinicians meeting at least weekly. The team applies DBT "
                    "to the therapists, helping them stay effective, balanced and within "
                    "their limits. A meeting typically opens with a mindfulness practice and a "
                    "review, and members then define a problem they have with a client and ask "
                    "for specific help. Teams usually form by training together, and a therapist "
                    "working alone, without a team, is not delivering DBT as it is defined.</p>"
                    "<p>Team members commit to six agreements:</p>"
                    "<ul>"
                    "<li><strong>dialectical:</strong> looking for what is valid on each side "
                    "rather than for the one correct view;</li>"
                    "<li><strong>consultation-to-the-patient:</strong> coaching clients to "
                    "deal with other people and services themselves;</li>"
                    "<li><strong>consistency:</strong> accepting that clinicians will differ, "
                    "without forcing a united front;</li>"
                    "<li><strong>observing limits:</strong> each therapist states and keeps "
                    "their own limits;</li>"
                    "<li><strong>phenomenological empathy:</strong> searching for "
                    "non-pejorative explanations of clients' behaviour;</li>"
                    "<li><strong>fallibility:</strong> accepting that every therapist makes "
                    "mistakes.</li>"
                    "</ul>",
                ),
                (
                    "technique",
                    {
                        "technique": "DBT-TEAM",
                        "note": ("Invoking an agreement is how the team brings a stuck therapist back to DBT."),
                    },
                ),
                (
                    "technique",
                    {
                        "technique": "DBT-CTP",
                        "note": (
                            "Consultation-to-the-patient shapes how therapists respond when "
                            "clients ask them to intervene with others."
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Why rank the targets?</h2><p>Without a hierarchy, sessions tend to "
                    "follow whatever crisis is most vivid that week. The ranking protects the "
                    "treatment from this drift. Life-threatening behaviour comes first because "
                    "nothing else matters if the client does not survive. Therapy-interfering "
                    "behaviour comes second because no other progress is possible if the therapy "
                    "itself breaks down. Only then do problems with quality of life take centre "
                    "stage, while skills are built throughout.</p>",
                ),
                (
                    "key_points",
                    {
                        "heading": "Key points",
                        "points": [
                            "Standard DBT: individual therapy, skills group, phone coaching "
                            "and a consultation team, over about 12 months.",
                            "Stage-one targets: life-threatening, then therapy-interfering, "
                            "then quality-of-life behaviour, while building skills.",
                            "Present danger outranks anything that happened earlier in the week.",
                            "Pre-treatment ties DBT's targets to what the client wants from life.",
                            "Teams of three to eight clinicians meet weekly and work by six agreements.",
                            "Five functions: capabilities, motivation, generalisation, environment, therapists.",
                            "Stages: dyscontrol to control, quiet desperation to experiencing, ordinary "
                            "problems, incompleteness to joy.",
                        ],
                    },
                ),
                references(
                    LINEHAN_1993,
                    (
                        "Pederson LD. <em>Dialectical Behavior Therapy: A Contemporary Guide for Practitioners</em>. "
                        "Wiley-Blackwell; 2015 (the five functions of comprehensive DBT).",
                        "https://scribd.com/document/737084331/the-five-functions-of-comprehensive-dbt-2015",
                    ),
                    (
                        "Cincinnati Center for DBT. The stages of DBT (secondary summary).",
                        "https://www.cincinnaticenterfordbt.com/the-stages-of-dbt",
                    ),
                    BTECH_TEAM,
                ),
            ],
        },
        # D3
        {
            "slug": "dbt-diary-card-and-chain-analysis",
            "title": "Diary card and behavioural chain analysis",
            "summary": (
                "Using the diary card to set the agenda, then taking a target behaviour apart "
                "link by link and building a solution analysis."
            ),
            "objectives": [
                "By the end you can read a diary card and turn it into a session agenda.",
                "By the end you can take a target behaviour apart link by link, from vulnerabilities to consequences.",
                "By the end you can build a solution analysis that covers skills, prevention and repair.",
                "By the end you can keep a chain analysis validating rather than accusatory.",
            ],
            "minutes": 55,
            "body": [
                (
                    "text",
                    "<h2>The diary card</h2>"
                    "<p>Clients record each day's emotions, urges, target behaviours and the "
                    "skills they used on a diary card. The card does two jobs. For the skills "
                    "group, it is the record of practice between sessions, where skills "
                    "taught in the group are strengthened and carried into daily life. For "
                    "individual therapy, it shows what "
                    "happened during the week and, read through the target hierarchy, "
                    "decides the agenda and which behaviour to analyse.</p>"
                    "<h2>Anatomy of a chain</h2>"
                    "<p>A behavioural chain analysis reconstructs, in fine detail, how a "
                    "specific instance of a target behaviour came about. Its usual "
                    "order of work:</p>"
                    "<ol>"
                    "<li><strong>Problem behaviour:</strong> defined first, specifically and "
                    "not summarised: what was done, when, how and how intensely.</li>"
                    "<li><strong>Prompting event:</strong> the external or internal event "
                    "that set the chain going.</li>"
                    "<li><strong>Vulnerability factors:</strong> what made the client more "
                    "fragile that day, such as poor sleep, illness, substances or an "
                    "ongoing conflict.</li>"
                    "<li><strong>Links:</strong> each thought, emotion, body sensation, urge "
                    "and action between the prompt and the behaviour.</li>"
                    "<li><strong>Consequences:</strong> what followed in the short term and "
                    "the long term, including what may be reinforcing the behaviour.</li>"
                    "</ol>"
                    "<p>A <strong>solution analysis</strong> follows: for key links, client "
                    "and therapist choose a skill or change that could have taken the chain "
                    "elsewhere, plan how to reduce vulnerability in future, and agree what "
                    "repair is needed for any harm done.</p>",
                ),
                (
                    "video",
                    {"clip": "dbt-chain-analysis"},
                ),
                (
                    "text",
                    "<h2>Watching the session</h2>"
                    "<p>In the clip, follow the therapist from the diary-card review to the "
                    "choice of behaviour, through the chain, and into the solution analysis. "
                    "Note where the therapist validates and where they push for detail or "
                    "change, and how often they go back to fill in a missing link.</p>",
                ),
                (
                    "technique",
                    {
                        "technique": "DBT-DIARY",
                        "note": (
                            "The diary card is the entry point to every individual session and to the choice of chain."
                        ),
                    },
                ),
                (
                    "technique",
                    {
                        "technique": "DBT-CHAIN",
                        "note": ("Chain analysis is the main assessment tool of DBT individual therapy."),
                    },
                ),
                (
                    "technique",
                    {
                        "technique": "DBT-SOLN",
                        "note": ("Without a solution analysis, a chain is only a description of what went wrong."),
                    },
                ),
                (
                    "text",
                    "<h2>Keeping the tone right</h2>"
                    "<p>Chain analysis asks clients to go over painful and often shameful "
                    "moments in slow motion. Done coldly, it can feel like a cross-examination "
                    "and repeat the invalidation the biosocial theory describes. Done well, "
                    "it communicates that the behaviour makes sense, that it can be "
                    "understood, and that it can change. Validation is woven through the "
                    "analysis, not saved for the end.</p>"
                    "<h2>A bridge to mentalizing</h2>"
                    "<p>The review points out that chain analysis already involves something "
                    "close to mentalizing: it asks the client to slow down and notice "
                    "thoughts, feelings and urges, their own and sometimes other people's, "
                    "that led to an action. Trainees from the MBT track will find the "
                    "parallel with clarification and stop–rewind–explore useful.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "caution",
                        "title": "When the chain points to current risk",
                        "body": (
                            "<p>A chain can reveal that the conditions for the behaviour are "
                            "still in place, for instance the same means available and the "
                            "same conflict unresolved. If that is the case, move from "
                            "analysis to a full risk check, means and the safety plan in the "
                            "same session (next module).</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Common pitfalls</h2><ul><li>Analysing a vague summary (“I had a bad "
                    "week”) instead of one specific episode.</li><li>Moving too fast, so that "
                    "links are skipped and the chain looks inevitable.</li><li>Leaving out "
                    "vulnerability factors, which often point to the easiest "
                    "changes.</li><li>Finishing the chain and running out of time before any "
                    "solution has been chosen or rehearsed.</li></ul>",
                ),
                (
                    "key_points",
                    {
                        "heading": "Key points",
                        "points": [
                            "The diary card records the week and, through the hierarchy, sets the agenda.",
                            "Chain: define the problem behaviour, then the prompting event, "
                            "vulnerabilities, links and consequences.",
                            "Solution analysis: a skill for key links, plus prevention and repair.",
                            "Validation runs through the chain; the tone is never punitive.",
                            "The review counts chain analysis among DBT's mentalizing-like elements.",
                        ],
                    },
                ),
            ],
        },
        DBT_RISK_MODULE,
        # D4
        {
            "slug": "dbt-validation-and-dialectics",
            "title": "Validation and dialectical and stylistic strategies",
            "summary": (
                "The six levels of validation, the dialectical strategies that keep acceptance "
                "and change moving, and the balance of reciprocal and irreverent styles."
            ),
            "objectives": [
                "By the end you can recognise and produce each of Linehan's six levels of validation.",
                "By the end you can explain the difference between validating a response and approving of it.",
                "By the end you can use devil's advocate and other dialectical strategies at a stuck point.",
                "By the end you can move between reciprocal and irreverent communication.",
            ],
            "minutes": 45,
            "body": [
                (
                    "text",
                    "<h2>Six levels of validation</h2>"
                    "<p>Validation communicates that something in the client's response makes "
                    "sense. Linehan describes six levels; the higher ones generally carry "
                    "more weight. Example lines below respond to a client who says she "
                    "skipped her sister's wedding.</p>"
                    "<ol>"
                    "<li><strong>Staying awake:</strong> attentive, unhurried presence. The "
                    "therapist puts the pen down and turns towards her.</li>"
                    "<li><strong>Accurate reflection:</strong> “So you got as far as the car "
                    "park and then drove home.”</li>"
                    "<li><strong>Voicing the unsaid:</strong> “I wonder if part of you was "
                    "dreading being the odd one out.”</li>"
                    "<li><strong>Sense in terms of history or biology:</strong> “After years "
                    "of being criticised at family events, it makes sense your body said "
                    "leave.”</li>"
                    "<li><strong>Sense in terms of the present:</strong> “A room full of "
                    "relatives who haven't spoken to you for a year would be hard for "
                    "anyone.”</li>"
                    "<li><strong>Radical genuineness:</strong> responding to her as an equal, "
                    "not as a fragile patient, for instance by being openly and warmly "
                    "honest.</li>"
                    "</ol>"
                    "<p>Validation does not mean agreeing that the behaviour was wise. "
                    "Missing the wedding can be understandable and still be something she "
                    "wants to do differently next time.</p>",
                ),
                (
                    "technique",
                    {
                        "technique": "DBT-VAL",
                        "note": (
                            "Validation is the main acceptance strategy in DBT and the one most often shared with MBT."
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Dialectical strategies</h2>"
                    "<p>Dialectical strategies run through all of DBT. The therapist keeps "
                    "rebalancing acceptance and change, staying faithful to the treatment "
                    "while responding to the client in front of them. A well-known example is "
                    "<strong>devil's advocate</strong>, used when a client makes a "
                    "commitment: the therapist argues the other side so that the client has "
                    "to make the case for change. Other strategies often described include "
                    "extending, metaphor, entering the paradox, turning problems into assets "
                    "and asking what wise mind would say.</p>"
                    "<h2>Two communication styles</h2>"
                    "<p>DBT therapists move between two styles. <strong>Reciprocal</strong> "
                    "communication is warm, responsive and genuine, with self-disclosure "
                    "where it helps. <strong>Irreverent</strong> communication is "
                    "unexpected, matter-of-fact or humorous, and serves to jolt a client out "
                    "of a rigid position. Each needs the other: irreverence without warmth "
                    "feels cruel, and warmth without irreverence can leave everyone stuck.</p>",
                ),
                (
                    "technique",
                    {
                        "technique": "DBT-DEVIL",
                        "note": ("Devil's advocate shows the dialectical stance at work in the commitment phase."),
                    },
                ),
                (
                    "technique",
                    {
                        "technique": "DBT-IRREV",
                        "note": (
                            "Irreverence is the counterweight to reciprocity and the style "
                            "trainees usually find hardest."
                        ),
                    },
                ),
                (
                    "vignette",
                    {
                        "title": "“There's no point”",
                        "vignette": (
                            "<p>Ahmed, 31, slumps into the chair and says: “There's no point "
                            "doing the card. Nothing changes. I've been in therapy since I was "
                            "fifteen and I'm still a mess.” His card is blank except for two "
                            "days of high urges.</p>"
                        ),
                        "prompt": (
                            "Write one validating response at level 4, one at level 5, and one "
                            "irreverent response. Which would you try first, and why?"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Mentalizing inside DBT",
                        "body": (
                            "<p>The review names three DBT elements that already carry a "
                            "mentalizing quality: beginner's mind, non-judging validation and "
                            "chain analysis. "
                            "Validation at levels 3 to 5 in particular requires the therapist "
                            "to think about what is going on in the client's mind.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Validating the valid</h2><p>DBT asks therapists to find what is "
                    "genuinely valid in a response and to validate that, not everything. A "
                    "client's fear of rejection after years of being let down is understandable; "
                    "her conclusion that she deserves to be hurt is not, and validating it would "
                    "be a mistake. Searching for the kernel of truth, and naming it precisely, is "
                    "a skill that improves with deliberate practice on recorded or role-played "
                    "material.</p>",
                ),
                (
                    "key_points",
                    {
                        "heading": "Key points",
                        "points": [
                            "Six levels: attention, reflection, the unsaid, history or "
                            "biology, present context, radical genuineness.",
                            "Validating a response is not approving the behaviour.",
                            "Dialectical strategies, such as devil's advocate, keep acceptance and change in motion.",
                            "Reciprocal and irreverent styles balance each other.",
                        ],
                    },
                ),
            ],
        },
        DBT_CHANGE_MODULE,
        # D5
        {
            "slug": "dbt-mindfulness-and-distress-tolerance",
            "title": "Skills I: mindfulness and distress tolerance",
            "summary": (
                "Wise mind and the what and how skills, the crisis survival skills, and the "
                "reality-acceptance skills, with guidance on when each fits."
            ),
            "objectives": [
                "By the end you can teach wise mind and the mindfulness skills of what to do and how to do it.",
                "By the end you can teach the crisis survival skills and say when each one helps.",
                "By the end you can teach radical acceptance and the skills that go with it.",
                "By the end you can judge when tolerating distress is the right goal and when it is not.",
            ],
            "minutes": 50,
            "body": [
                (
                    "text",
                    "<h2>Four skill areas</h2>"
                    "<p>DBT teaches skills in four areas: mindfulness, distress tolerance, "
                    "emotion regulation and interpersonal effectiveness. This module covers "
                    "the first two; the next module covers the others.</p>"
                    "<h2>Mindfulness: the core skills</h2>"
                    "<p>Mindfulness skills sit at the centre of DBT and are revisited between "
                    "the other modules. They start from three states of mind. In emotion mind, "
                    "feelings drive thinking and action; in reasonable mind, cool logic does; "
                    "wise mind is where the two overlap, and it is the place from which "
                    "clients are encouraged to act.</p>"
                    "<ul>"
                    "<li><strong>What skills:</strong> observe, describe, participate.</li>"
                    "<li><strong>How skills:</strong> non-judgementally, one-mindfully, "
                    "effectively.</li>"
                    "</ul>",
                ),
                (
                    "technique",
                    {
                        "technique": "SK-WISE",
                        "note": (
                            "Wise mind is the reference point that the other skills aim to bring the client back to."
                        ),
                    },
                ),
                (
                    "technique",
                    {
                        "technique": "SK-HOW",
                        "note": (
                            "The non-judgemental stance taught here is one of the DBT "
                            "elements the review links to mentalizing."
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Crisis survival</h2>"
                    "<p>Distress-tolerance skills help clients get through intense moments "
                    "without making things worse, so that they are not left helpless and "
                    "overwhelmed. The crisis survival set is commonly taught as:</p>"
                    "<ul>"
                    "<li><strong>STOP:</strong> stop, take a step back, observe, proceed "
                    "mindfully.</li>"
                    "<li><strong>TIP or TIPP:</strong> temperature, intense exercise, paced "
                    "breathing, paired or progressive muscle relaxation.</li>"
                    "<li><strong>ACCEPTS:</strong> activities, contributing, comparisons, "
                    "emotions, pushing away, thoughts, sensations.</li>"
                    "<li><strong>IMPROVE the moment:</strong> imagery, meaning, prayer, "
                    "relaxation, one thing in the moment, vacation, encouragement.</li>"
                    "<li><strong>Self-soothe</strong> through the five senses.</li>"
                    "<li><strong>Pros and cons</strong> of acting on an urge versus "
                    "tolerating the distress.</li>"
                    "</ul>"
                    "<h2>Reality acceptance</h2>"
                    "<p>Some pain cannot be removed. Radical acceptance aims to reduce the "
                    "extra suffering that comes from refusing to accept it. It is taught "
                    "together with turning the mind (choosing acceptance again and again), "
                    "willingness, half-smile and willing hands.</p>"
                    "<h2>When distress tolerance fits</h2>"
                    "<p>Reach for these skills when the situation cannot be changed right "
                    "now, when emotion is too high for problem solving, or when the urgent "
                    "task is simply to get through the next hour safely. They are not meant "
                    "for problems that could and should be solved; there, the "
                    "emotion-regulation and interpersonal skills come in.</p>",
                ),
                (
                    "technique",
                    {
                        "technique": "SK-TIPP",
                        "note": ("TIPP works through the body when arousal is too high for thinking-based skills."),
                    },
                ),
                (
                    "technique",
                    {
                        "technique": "SK-RA",
                        "note": (
                            "Radical acceptance addresses suffering that comes from fighting what cannot be changed."
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "About the acronyms",
                        "body": (
                            "<p>The acronym expansions in this module are given as they are "
                            "commonly taught. Check exact wording against Linehan's DBT Skills "
                            "Training Manual (2nd edition) before using them in your own "
                            "handouts.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "caution",
                        "title": "Physical health and TIPP",
                        "body": (
                            "<p>Cold-water and intense-exercise strategies act strongly on the "
                            "body. Consider the client's physical health, for example heart "
                            "problems or an eating disorder, before recommending them, and "
                            "seek medical advice where in doubt.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Teaching skills so they stick</h2><p>Skills are usually learned in calm "
                    "conditions and needed in storms. A few habits help close that "
                    "gap:</p><ul><li>Practise in the session with some emotion present, not only "
                    "as a discussion.</li><li>Tie each new skill to a specific situation from the "
                    "diary card.</li><li>Agree in advance which two or three skills the client "
                    "will try first in a crisis, and write them down.</li><li>Review what "
                    "happened next time, treating a skill that did not work as information rather "
                    "than failure.</li></ul>",
                ),
                (
                    "key_points",
                    {
                        "heading": "Key points",
                        "points": [
                            "Wise mind integrates emotion mind and reasonable mind.",
                            "What skills: observe, describe, participate. How skills: "
                            "non-judgementally, one-mindfully, effectively.",
                            "Crisis survival skills help the client get through without making things worse.",
                            "Radical acceptance targets suffering, seen as pain combined with refusal to accept it.",
                            "Distress tolerance is for what cannot be changed now, not for solvable problems.",
                        ],
                    },
                ),
            ],
        },
        # D6
        {
            "slug": "dbt-emotion-regulation-and-interpersonal",
            "title": "Skills II: emotion regulation and interpersonal effectiveness",
            "summary": (
                "Understanding emotions, changing unwanted ones, reducing vulnerability, and "
                "asking for what you need while protecting relationships and self-respect."
            ),
            "objectives": [
                "By the end you can describe what emotions do for us.",
                "By the end you can help a client decide between check the facts, opposite action and problem solving.",
                "By the end you can teach the ABC and PLEASE skills for lowering vulnerability.",
                "By the end you can teach DEAR MAN, GIVE and FAST and help a client weigh the "
                "priorities in a conversation.",
            ],
            "minutes": 50,
            "body": [
                (
                    "text",
                    "<h2>What emotions are for</h2>"
                    "<p>The emotion-regulation module begins with psychoeducation. Emotions "
                    "are not the enemy: they prepare us to act, they signal to other people "
                    "what is going on for us, and they tell us something about our situation. "
                    "Clients who have grown up being told their emotions are wrong often need "
                    "this explained before they are willing to work on changing any of "
                    "them.</p>"
                    "<h2>Changing an unwanted emotion</h2>"
                    "<p>The central decision rests on one question: does the emotion, and its "
                    "intensity, fit the facts of the situation?</p>"
                    "<ul>"
                    "<li><strong>Check the facts</strong> to find out.</li>"
                    "<li>If it does <strong>not</strong> fit, use <strong>opposite "
                    "action</strong>: act against the urge the emotion brings.</li>"
                    "<li>If it <strong>does</strong> fit and the situation is open to change, "
                    "turn to <strong>problem solving</strong>.</li>"
                    "</ul>",
                ),
                (
                    "technique",
                    {
                        "technique": "SK-CHECK",
                        "note": (
                            "Check the facts is the decision point that tells the client which change skill to use."
                        ),
                    },
                ),
                (
                    "technique",
                    {
                        "technique": "SK-OPP",
                        "note": (
                            "Opposite action is the main tool when an emotion is unjustified by, "
                            "or out of proportion to, the facts."
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Reducing vulnerability</h2>"
                    "<p>Emotion mind is easier to fall into when the body and daily life are "
                    "depleted. Two sets of skills address this, commonly taught as:</p>"
                    "<ul>"
                    "<li><strong>ABC:</strong> accumulate positive emotions, build mastery "
                    "through small steps towards long-term goals, cope ahead with difficult "
                    "situations.</li>"
                    "<li><strong>PLEASE:</strong> treat physical illness, balanced eating, "
                    "avoid mood-altering substances, balanced sleep, exercise.</li>"
                    "</ul>"
                    "<p>These often turn up as vulnerability factors in chain analyses, which "
                    "makes the link between the skills group and individual therapy very "
                    "concrete.</p>"
                    "<h2>Interpersonal effectiveness</h2>"
                    "<p>In any difficult interaction a client can weigh three priorities: "
                    "getting the objective, keeping the relationship, and keeping "
                    "self-respect. Each has a matching skill set:</p>"
                    "<ul>"
                    "<li><strong>DEAR MAN</strong> for the objective: describe, express, "
                    "assert, reinforce, stay mindful, appear confident, negotiate.</li>"
                    "<li><strong>GIVE</strong> for the relationship: gentle, interested, "
                    "validate, easy manner.</li>"
                    "<li><strong>FAST</strong> for self-respect: fair, no apologies, stick to "
                    "values, truthful.</li>"
                    "</ul>"
                    "<p>The skill sets combine. Which one leads depends on which priority "
                    "matters most in that particular conversation.</p>",
                ),
                (
                    "technique",
                    {
                        "technique": "SK-DEARMAN",
                        "note": (
                            "DEAR MAN gives the client a script for the objective, which can "
                            "then be softened or firmed up with the other sets."
                        ),
                    },
                ),
                (
                    "technique",
                    {
                        "technique": "SK-GIVE",
                        "note": ("GIVE is added when keeping the relationship is the top priority."),
                    },
                ),
                (
                    "vignette",
                    {
                        "title": "Another Saturday of babysitting",
                        "vignette": (
                            "<p>Elif's sister has asked her, for the fourth weekend in a row, to "
                            "look after her children on Saturday. Elif is exhausted and had "
                            "planned to go climbing, the one activity that reliably lifts her "
                            "mood. She loves her sister and is frightened that saying no will "
                            "start a fight. Last time she said yes and then cut herself that "
                            "evening.</p>"
                        ),
                        "prompt": (
                            "Which priority matters most to Elif here, which skill sets would "
                            "you combine, and how would you link this to the chain from last "
                            "time?"
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>From the skills group to the individual session</h2><p>These skills come "
                    "alive when the individual therapist links them to the client's own chains. A "
                    "chain in which shame led to hiding and then to self-harm points towards "
                    "opposite action for shame. A chain that started with a request the client "
                    "could not refuse points towards DEAR MAN, rehearsed in the session as a role "
                    "play with the therapist playing the other person. Opposite action, in "
                    "particular, works only when done fully: going to the party but hiding in the "
                    "kitchen keeps the emotion's posture even while changing the action.</p>",
                ),
                (
                    "key_points",
                    {
                        "heading": "Key points",
                        "points": [
                            "Emotions have functions; psychoeducation comes before change.",
                            "Check the facts, then opposite action if the emotion does not "
                            "fit, or problem solving if it fits and the situation can change.",
                            "ABC and PLEASE lower vulnerability to emotion mind.",
                            "DEAR MAN, GIVE and FAST serve objective, relationship and self-respect respectively.",
                        ],
                    },
                ),
            ],
        },
        # D7
        {
            "slug": "dbt-skills-group-and-coaching",
            "title": "The skills group, homework and phone coaching",
            "summary": (
                "How a DBT skills group runs as a class, how skills generalise through homework "
                "and the diary card, and how phone coaching is kept brief and focused."
            ),
            "objectives": [
                "By the end you can lead a skills group in a seminar format, from homework review to new assignment.",
                "By the end you can handle friction between members in a way that fits DBT, "
                "without turning it into process work.",
                "By the end you can explain how homework, diary cards and coaching carry skills into daily life.",
                "By the end you can set clear limits on phone coaching and keep them.",
            ],
            "minutes": 45,
            "body": [
                (
                    "text",
                    "<h2>A class, not a therapy group</h2>"
                    "<p>DBT deliberately calls its groups skills training rather than group "
                    "therapy. The atmosphere is closer to a seminar: members often sit facing "
                    "a whiteboard, leaders teach skills from the manual, and the group moves "
                    "through a curriculum. The learning that matters most happens between "
                    "sessions, when members practise skills in daily life and record their "
                    "use and effects on the diary card.</p>"
                    "<p>A typical session has a predictable shape:</p>"
                    "<ol>"
                    "<li>a short mindfulness exercise;</li>"
                    "<li>a go-round in which each member reports on the past week's "
                    "practice;</li>"
                    "<li>teaching of a new skill, with examples and handouts;</li>"
                    "<li>setting the homework for the coming week.</li>"
                    "</ol>"
                    "<p>Clinic descriptions suggest that one pass through all the skills takes "
                    "about 24 weeks, and many adult programmes run for a year so that each "
                    "skill is taught twice.</p>",
                ),
                (
                    "technique",
                    {
                        "technique": "DBT-G-TEACH",
                        "note": (
                            "Seminar-style teaching is what makes a DBT group a class rather than a therapy group."
                        ),
                    },
                ),
                (
                    "technique",
                    {
                        "technique": "DBT-G-HWREV",
                        "note": ("The homework go-round keeps the focus on practice between sessions."),
                    },
                ),
                (
                    "text",
                    "<h2>When members clash</h2>"
                    "<p>DBT groups do not explore group process, except as a chance to "
                    "practise skills. If two members start sniping at each other, a leader "
                    "acknowledges it briefly, may suggest a skill to use right there, and "
                    "returns to the agenda. Anything that needs more attention is taken to "
                    "each member's individual therapist. This is one of the clearest "
                    "differences from an MBT group, where the same moment would become "
                    "material for the whole group.</p>",
                ),
                (
                    "technique",
                    {
                        "technique": "DBT-G-REDIRECT",
                        "note": (
                            "Redirecting friction to skills keeps the group a class and protects its teaching time."
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Helping skills generalise</h2>"
                    "<p>Skills learned in a room have to work at home, at work and in the "
                    "middle of the night. DBT supports this generalisation in three ways: "
                    "homework assignments, the diary card, and phone coaching. Coaching calls "
                    "are brief and focused on which skill to use now in the client's own "
                    "setting, often in a crisis. They are not therapy sessions by phone, and "
                    "they can also help to mend the relationship after a hard "
                    "session. Therapists set and observe their own limits on "
                    "availability.</p>"
                    "<h2>Is the group enough on its own?</h2>"
                    "<p>Pooled results from studies of DBT skills training alone suggest "
                    "benefits for overall BPD severity, affective instability, impulsivity, "
                    "anger and social functioning. In Linehan's dismantling trial, the two "
                    "arms with skills training showed larger and quicker gains on self-harm "
                    "and depression. Randomised comparisons of skills-only groups "
                    "with full DBT are still scarce, and the long-term effects of group-only "
                    "treatment are uncertain. The evidence supports skills groups, but not "
                    "as a replacement for individual or combined treatment.</p>",
                ),
                (
                    "technique",
                    {
                        "technique": "DBT-COACH",
                        "note": ("Phone coaching carries skills into the moments where they are hardest to use."),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "caution",
                        "title": "Coaching is not an emergency service",
                        "body": (
                            "<p>If a coaching call reveals immediate danger, follow your "
                            "service's emergency procedures; coaching puts suicidal urges first "
                            "and asks for the call before an act (see the module on suicidal "
                            "and self-harming behaviour for the 24-hour rule). Make sure clients know, before "
                            "they need it, what coaching can and cannot offer and whom to "
                            "contact when their therapist is unavailable.</p>"
                        ),
                    },
                ),
                (
                    "vignette",
                    {
                        "title": "A call at eleven at night",
                        "vignette": (
                            "<p>Zara calls her therapist's coaching line at 11 p.m. She has had "
                            "a row with her partner, is alone in the flat, and rates her urge "
                            "to cut at 4 out of 5. She wants to talk through the whole argument "
                            "and asks whether the therapist thinks her partner is going to "
                            "leave her.</p>"
                        ),
                        "prompt": (
                            "How would you keep the call brief and skills-focused while still "
                            "validating her, and what would you check before ending it?"
                        ),
                    },
                ),
                (
                    "key_points",
                    {
                        "heading": "Key points",
                        "points": [
                            "DBT groups are skills training in a seminar-like format, not group therapy.",
                            "Session shape: homework go-round, new skill, new assignment.",
                            "Group process is not explored; friction is named briefly and redirected to skills.",
                            "Homework, diary card and brief phone coaching help skills generalise.",
                            "Skills groups help, but the evidence does not support using them "
                            "in place of combined treatment.",
                        ],
                    },
                ),
            ],
        },
        # D8
        {
            "slug": "dbt-fidelity-and-evidence",
            "title": "Fidelity, certification and evidence",
            "summary": (
                "How formal DBT training and certification work, how adherence is coded, and "
                "what the pooled Cochrane estimates show for DBT against treatment as usual."
            ),
            "objectives": [
                "By the end you can outline the main routes into recognised DBT training.",
                "By the end you can list what DBT clinician certification asks of applicants.",
                "By the end you can explain what adherence coding measures and what it misses.",
                "By the end you can summarise the pooled evidence for DBT against treatment as usual.",
            ],
            "minutes": 50,
            "body": [
                (
                    "text",
                    "<h2>Routes into recognised DBT training</h2>"
                    "<p>Formal DBT training is built around teams. Details change over time, "
                    "so check the providers' current descriptions; at the time this course "
                    "was written they looked like this:</p>"
                    "<ul>"
                    "<li><strong>Intensive training</strong> (Behavioral Tech) is open to "
                    "teams, not to solo practitioners. A five-day first part of teaching, "
                    "demonstration and small-group work is followed by months of "
                    "implementation and homework, then a second five-day part in which "
                    "faculty consult on the team's programme and cases. Together the parts "
                    "add up to roughly 60 instructional hours, some of them on suicide "
                    "risk.</li>"
                    "<li><strong>Foundational training</strong> is aimed at new members of "
                    "existing teams and can be taken online at the learner's own pace, with a "
                    "mentor from the same team during and after training.</li>"
                    "<li>An <strong>extended study</strong> route spreads training over about "
                    "two years.</li>"
                    "</ul>"
                    "<h2>Certification is a separate step</h2>"
                    "<p>Training is not certification. Clinician certification is run by the "
                    "DBT-Linehan Board of Certification. Applicants must be licensed "
                    "independent clinicians with at least 40 hours of DBT teaching, have "
                    "completed stage-one cases, pass written examinations, and submit three "
                    "consecutive recorded sessions that are rated for adherence.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Where this course fits",
                        "body": (
                            "<p>This course is continuing education. It can help you prepare "
                            "for team-based training or refresh what you learned there, but it "
                            "does not certify anyone in DBT and is not a substitute for "
                            "training with a team.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Coding adherence</h2>"
                    "<ul>"
                    "<li><strong>DBT ACS</strong> (Linehan and Korslund): an observer-rated "
                    "scale of 66 items in 12 strategy categories. Tested on 1,271 individual "
                    "sessions and 180 group sessions, it showed internal consistency of .81 and inter-rater "
                    "ICC of .93. About five sessions give a dependable score for a patient, "
                    "and nine to fifteen for a therapist.</li>"
                    "<li><strong>DBT AC-I</strong>: 26 yes/no items, 11 of them required in "
                    "every session, with 23 as the cut-off for an adherent session. Trained "
                    "observers agreed closely (ICC .93), but therapists rating their own "
                    "sessions agreed poorly with observers (ICC .09).</li>"
                    "</ul>"
                    "<p>The researchers behind these tools stress two limits. Adherence "
                    "belongs to a session, not to a therapist: a clinician can deliver an "
                    "adherent session one day and a non-adherent one the next. And adherence "
                    "is not the same as competence; following the manual is necessary but "
                    "not sufficient for doing it well.</p>",
                ),
                (
                    "evidence",
                    {
                        "caption": "DBT compared with treatment as usual: pooled estimates",
                        "source": _EVIDENCE_SOURCE,
                        "note": (
                            "A negative SMD favours DBT; an interval that includes 0 means the "
                            "result is not significant. Impulsivity sits right on the edge and "
                            "was not marked significant in the review."
                        ),
                        "rows": [dict(row) for row in _DBT_VS_TAU],
                    },
                ),
                (
                    "text",
                    "<h2>Reading the DBT evidence</h2>"
                    "<p>About a third of all randomised trials of psychotherapy for BPD study "
                    "DBT or one of its adaptations, making it the most extensively tested "
                    "treatment. Against treatment as usual, standard DBT showed significant "
                    "effects on BPD severity, psychosocial functioning, self-harm, anger and "
                    "dissociation. Estimates for suicide-related outcomes, depression, "
                    "affective instability and interpersonal problems did not reach "
                    "significance.</p>"
                    "<p>Adaptations extend the model. An adolescent version showed benefits in "
                    "two trials; a trauma-adapted version for people with BPD and "
                    "post-traumatic stress disorder showed that PTSD can be treated safely "
                    "even when BPD is present; and a programme for relatives, DBT Family "
                    "Connections, has shown early positive effects, with similar results "
                    "online and face to face in a non-randomised comparison.</p>",
                ),
                (
                    "key_points",
                    {
                        "heading": "Key points",
                        "points": [
                            "Recognised DBT training is team-based; certification is a "
                            "separate process with recorded sessions and exams.",
                            "Adherence describes a session, not a therapist, and is not the same as competence.",
                            "Self-ratings agree poorly with trained observers, so calibration matters.",
                            "DBT vs TAU: significant for BPD severity, functioning, self-harm, "
                            "anger and dissociation; not for suicide-related outcomes or "
                            "depression.",
                        ],
                    },
                ),
            ],
        },
    ],
}


# ---------------------------------------------------------------------------------------------
# Course 3: cross-training strand (brief 2.4, X1–X6)
# ---------------------------------------------------------------------------------------------

_CROSS_COURSE = {
    "slug": "beyond-the-own-nose",
    "title": "Beyond the own nose: DBT and MBT side by side",
    "track": "cross",
    "summary": (
        "A cross-training strand for trainees of both tracks: what makes a treatment "
        "BPD-specific, how DBT and MBT compare, what the evidence says, and how to borrow from "
        "the other model safely."
    ),
    "intro": (
        "<p>The review behind this platform argues that it is unrealistic to train every "
        "therapist fully in both DBT and MBT, given how long and costly each training is. It "
        "suggests a more modest first step: let each training look beyond its own nose, so that "
        "trainees pick up the basics of the other therapy and the ways it could add to their "
        "own work.</p>"
        "<p>This course is that step. The first module is the entry point for everyone and can "
        "be taken before either track. The later modules make most sense once you have worked "
        "through the core modules of your own track. Throughout, one principle holds: borrowing "
        "from another model only makes sense inside a coherent case formulation and a "
        "transparent treatment plan.</p>"
        "<p>Like the rest of the platform, this is continuing education, not certification in "
        "either model.</p>"
    ),
    "estimated_hours": 7,
    "modules": [
        # X1
        {
            "slug": "cross-bpd-specific-treatment",
            "title": "BPD and what makes a treatment BPD-specific",
            "summary": (
                "The entry module for both tracks: why BPD is so varied, which ingredients "
                "specialist treatments share, and what the pooled evidence shows against "
                "treatment as usual."
            ),
            "objectives": [
                "By the end you can explain why two people with a BPD diagnosis may have few problems in common.",
                "By the end you can name the eight ingredients that BPD-specific treatments tend to share.",
                "By the end you can explain why these treatments put so much effort into the "
                "frame, the alliance and supervision.",
                "By the end you can summarise how specialist therapy performs against "
                "treatment as usual and how sure we can be.",
                "By the end you can describe how ICD-11 handles borderline features and severity.",
            ],
            "minutes": 45,
            "body": [
                (
                    "text",
                    "<h2>One diagnosis, many presentations</h2>"
                    "<p>No single criterion is shared by everyone diagnosed with BPD. A "
                    "diagnosis needs any five or more of nine criteria, which allows 256 "
                    "different combinations. Two people with the same diagnosis may therefore "
                    "have few problems in common, and this variety is one reason tailored "
                    "treatments were slow to develop.</p>"
                    "<h2>From pessimism to specialist treatment</h2>"
                    "<p>Current guidelines agree that psychotherapy should be the first "
                    "treatment offered for BPD. Drug treatment has received less research "
                    "attention in recent years after many studies produced disappointing "
                    "results. The old belief that people with BPD cannot make use of "
                    "psychotherapy or stay in it, a belief formed in early experiences with "
                    "classical psychoanalysis, is no longer tenable.</p>"
                    "<h2>Eight shared ingredients</h2>"
                    "<p>Weinberg and colleagues identified elements that BPD-specific "
                    "treatments tend to share:</p>"
                    "<ol>"
                    "<li>a clear treatment framework, including what happens after missed "
                    "sessions and in a crisis;</li>"
                    "<li>attention to affective experience in the session;</li>"
                    "<li>a focus on the therapy relationship;</li>"
                    "<li>an active therapist who shows involvement and helps solve "
                    "problems;</li>"
                    "<li>exploratory interventions;</li>"
                    "<li>change-oriented interventions;</li>"
                    "<li>supportive interventions;</li>"
                    "<li>promotion of social inclusion outside therapy.</li>"
                    "</ol>"
                    "<h2>Why the frame, the relationship and the team matter</h2>"
                    "<p>Disturbed relationships, distorted perceptions of self and others, "
                    "earlier traumatic relationships and impulsivity all raise the risk that "
                    "patients will drop out. Therapists meet idealisation and devaluation, "
                    "intense efforts to avoid real or imagined abandonment, and repeated "
                    "crises. Specialist treatments respond by looking after the alliance "
                    "constantly, using treatment agreements and case formulations to give both "
                    "sides a reliable frame, taking an active stance, and building supervision "
                    "or intervision into the treatment itself.</p>",
                ),
                (
                    "technique",
                    {
                        "technique": "X-ACTIVE",
                        "note": (
                            "An active, involved therapist is common ground across BPD-specific "
                            "treatments, including DBT and MBT."
                        ),
                    },
                ),
                (
                    "evidence",
                    {
                        "caption": ("BPD-specific therapies compared with treatment as usual: pooled estimates"),
                        "source": _EVIDENCE_SOURCE,
                        "note": (
                            "Negative values favour the specialist therapies. The effects are "
                            "small to moderate, and the evidence behind them carries low to "
                            "moderate certainty."
                        ),
                        "rows": [dict(row) for row in _GENERAL_VS_TAU],
                    },
                ),
                (
                    "text",
                    "<h2>What the pooled figures mean</h2>"
                    "<p>Compared with non-specific treatment such as treatment as usual, "
                    "BPD-specific therapies produced small to moderate, statistically "
                    "significant improvements in psychosocial functioning, BPD severity, "
                    "suicide-related outcomes and self-harm. The certainty of this evidence "
                    "was rated low to moderate, mainly because of risk of bias, imprecision "
                    "and the allegiance of investigators. Because self-harm and suicidal "
                    "behaviour matter so much, the findings still support offering "
                    "specialist treatment.</p>"
                    "<h2>ICD-11</h2>"
                    "<p>ICD-11 moves to a dimensional description of personality disorder "
                    "and drops the old categories, with one exception: a borderline pattern "
                    "specifier (6D11.5) remains. Severity is graded as mild (6D10.0), "
                    "moderate (6D10.1) or severe (6D10.2). Severity may help decide how "
                    "intensive and how long treatment should be, a theme the sequencing "
                    "module returns to.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Strong enough to act on, not strong enough to oversell",
                        "body": (
                            "<p>When talking with patients or managers, present the evidence as "
                            "it is: specialist treatments help on average, the effects are "
                            "modest, and we do not yet know which patient will benefit most "
                            "from which treatment.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Why this module comes first</h2><p>Trainees in both tracks will meet "
                    "these shared elements again and again, under different names. Knowing that a "
                    "clear frame, an active therapist and attention to the relationship are "
                    "common ground makes it easier to see where DBT and MBT genuinely differ, and "
                    "where they simply use different words for similar things.</p>",
                ),
                (
                    "key_points",
                    {
                        "heading": "Key points",
                        "points": [
                            "Five of nine criteria gives 256 combinations; BPD is highly heterogeneous.",
                            "Psychotherapy is first-line; the old therapeutic pessimism no longer holds.",
                            "Eight common elements, from a clear frame to social inclusion, "
                            "run through specialist treatments.",
                            "Against TAU, specialist therapies show small to moderate effects "
                            "with low to moderate certainty.",
                            "Under ICD-11, borderline features are coded with the 6D11.5 "
                            "specifier, and severity runs from 6D10.0 (mild) to 6D10.2 "
                            "(severe).",
                        ],
                    },
                ),
            ],
        },
        # X2 (theory)
        {
            "slug": "cross-same-different-complementary",
            "title": "Same, different, complementary: the two models",
            "summary": (
                "What DBT and MBT share, where their theories and uses of the relationship "
                "part ways, and why the review calls them complementary."
            ),
            "objectives": [
                "By the end you can list the features DBT and MBT share.",
                "By the end you can contrast the two models' theories and their accounts of "
                "what lies at the heart of BPD.",
                "By the end you can contrast the ways the two models use the therapeutic relationship.",
                "By the end you can explain the different routes each model takes towards the same goals.",
                "By the end you can explain why the link between arousal and mentalizing makes "
                "the models complementary.",
            ],
            "minutes": 45,
            "body": [
                (
                    "text",
                    "<h2>Two of a kind?</h2>"
                    "<p>On paper, DBT and MBT have a great deal in common. Both:</p>"
                    "<ul>"
                    "<li>are delivered by a treatment team with built-in inter- or "
                    "intravision;</li>"
                    "<li>mix individual and group formats;</li>"
                    "<li>set explicit goals that follow from a coherent theory;</li>"
                    "<li>watch constantly for processes that interfere with therapy;</li>"
                    "<li>focus on the here and now;</li>"
                    "<li>rely on empathic validation;</li>"
                    "<li>ask the therapist to be active;</li>"
                    "<li>do without interpretations in the psychodynamic sense.</li>"
                    "</ul>"
                    "<p>Both also aim at the same clinical problems: self-harm, impulsivity "
                    "and emotional dysregulation. The differences lie in how they explain "
                    "those problems and in the route they take to change them.</p>",
                ),
                (
                    "comparison",
                    {
                        "caption": "Theory and model: MBT and DBT side by side",
                        "rows": [
                            {
                                "aspect": "Roots",
                                "mbt": (
                                    "<p>Psychodynamic, within developmental psychopathology; "
                                    "builds on Bowlby's attachment theory and on theory-of-mind "
                                    "research. Less directive than CBT.</p>"
                                ),
                                "dbt": (
                                    "<p>Behaviour therapy, informed by CBT, with a dialectical "
                                    "philosophy of acceptance and change.</p>"
                                ),
                            },
                            {
                                "aspect": "Core problem in BPD",
                                "mbt": (
                                    "<p>A fragile capacity to mentalize, which collapses under "
                                    "emotional and attachment stress, with weak epistemic "
                                    "trust.</p>"
                                ),
                                "dbt": (
                                    "<p>Disturbed emotion regulation: high reactivity plus "
                                    "difficulty recognising and handling feelings.</p>"
                                ),
                            },
                            {
                                "aspect": "How it develops",
                                "mbt": (
                                    "<p>Insecure early attachment derails how a person comes "
                                    "to understand self and others; trauma is often part of "
                                    "the picture.</p>"
                                ),
                                "dbt": (
                                    "<p>Biosocial: a sensitive, intense, slow-to-settle "
                                    "temperament meets abuse, neglect or chronic "
                                    "invalidation.</p>"
                                ),
                            },
                            {
                                "aspect": "Route to change",
                                "mbt": (
                                    "<p>Help the patient make sense of their own and other "
                                    "people's minds so that crises do not escalate; better "
                                    "emotion regulation and impulse control follow.</p>"
                                ),
                                "dbt": (
                                    "<p>Target problem behaviour head-on with skills, to stop "
                                    "and prevent it; build tolerance for painful feelings.</p>"
                                ),
                            },
                            {
                                "aspect": "Use of the relationship",
                                "mbt": (
                                    "<p>A place to explore and train mentalizing as the "
                                    "interaction unfolds, with detailed micro-tools for "
                                    "relational disturbances.</p>"
                                ),
                                "dbt": ("<p>Mainly a support for skills coaching.</p>"),
                            },
                            {
                                "aspect": "Therapist stance",
                                "mbt": (
                                    "<p>Active, not-knowing and curious; empathic validation; no "
                                    "psychodynamic interpretation.</p>"
                                ),
                                "dbt": (
                                    "<p>Active; non-judging acceptance and validation balanced "
                                    "with change; no psychodynamic interpretation, though insight "
                                    "strategies and non-pejorative readings of behaviour are part of "
                                    "the work.</p>"
                                ),
                            },
                            {
                                "aspect": "Standard duration and formats",
                                "mbt": (
                                    "<p>Usually about 18 months: introductory group, then "
                                    "individual plus group therapy; day-hospital and intensive "
                                    "outpatient versions.</p>"
                                ),
                                "dbt": (
                                    "<p>About 12 months: individual therapy, skills group, "
                                    "phone coaching and consultation team.</p>"
                                ),
                            },
                            {
                                "aspect": "Outcomes research has focused on",
                                "mbt": (
                                    "<p>Interpersonal outcomes and general psychopathology "
                                    "such as depression or symptom checklists.</p>"
                                ),
                                "dbt": (
                                    "<p>Impulsive behaviours such as self-harm and suicidal "
                                    "behaviour, and inappropriate anger.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "text",
                    "<h2>Same goals, different routes</h2>"
                    "<p>The clearest way to hold the difference in mind is to ask what each "
                    "therapy does about a self-harming crisis. DBT tries to change and prevent "
                    "the behaviour directly: it teaches skills, analyses the chain and coaches "
                    "their use. MBT works on the assumption that a person who can make sense "
                    "of their own inner world and of other people will have less need to "
                    "escalate in the first place. These "
                    "different emphases follow from the different roots: MBT is "
                    "psychodynamically grounded and attends to attachment relationships, "
                    "while DBT is mainly a behaviour therapy aimed at changing problem "
                    "behaviour.</p>"
                    "<h2>Why complementary?</h2>"
                    "<p>The review's argument for complementarity rests on a two-way link. "
                    "High emotional arousal disrupts mentalizing, which is where DBT's "
                    "regulation and distress-tolerance skills help. Good mentalizing, in "
                    "turn, makes emotions easier to regulate, which is where MBT's focus on "
                    "understanding minds helps. Each model works most directly on one side of "
                    "the same loop.</p>",
                ),
                (
                    "technique",
                    {
                        "technique": "X-HERE-NOW",
                        "note": (
                            "A here-and-now focus is one of the features that makes "
                            "side-by-side comparison of the two models meaningful."
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "A common slip",
                        "body": (
                            "<p>It is tempting to say that both models see emotion "
                            "dysregulation as the core of BPD. Only DBT does. MBT places a "
                            "fragile, attachment-based capacity to mentalize at the core and "
                            "treats dysregulation largely as its consequence.</p>"
                        ),
                    },
                ),
                (
                    "key_points",
                    {
                        "heading": "Key points",
                        "points": [
                            "Shared: team, individual plus group, explicit theory-based goals, "
                            "here-and-now focus, validation, active stance, no interpretation "
                            "in the psychodynamic sense.",
                            "DBT: CBT roots, biosocial theory, emotion dysregulation at the "
                            "core, change through skills.",
                            "MBT: psychodynamic and developmental roots, failed mentalizing at "
                            "the core, change through understanding minds.",
                            "MBT treats the relationship as a practice ground for mentalizing; "
                            "in DBT it mainly backs up skills coaching.",
                            "Arousal disrupts mentalizing and mentalizing helps regulate arousal, hence complementary.",
                        ],
                    },
                ),
            ],
        },
        # X2, continued (group formats)
        {
            "slug": "cross-group-formats",
            "title": "The circle and the classroom: group formats compared",
            "summary": (
                "An MBT group and a DBT skills group look, sound and work very differently. "
                "This module sets the two formats side by side."
            ),
            "objectives": [
                "By the end you can describe the setting and purpose of an MBT group and of a DBT skills group.",
                "By the end you can explain where learning is meant to happen in each format.",
                "By the end you can contrast how each format treats group process and conflict.",
                "By the end you can identify which format you are watching from a short description or clip.",
            ],
            "minutes": 35,
            "body": [
                (
                    "text",
                    "<h2>Same word, different rooms</h2>"
                    "<p>Both treatments combine individual sessions with a group, so trainees "
                    "sometimes assume the groups are similar. They are not. An MBT group is "
                    "group therapy in the traditional psychodynamic sense. A DBT group is not "
                    "called therapy at all: it is skills training, and it is run more like a "
                    "class. The review suggests that the biggest single difference lies in "
                    "what each does with group process. MBT treats interactions in the group "
                    "as a chance to strengthen mentalizing, whereas DBT deliberately leaves "
                    "them unexplored, except as an occasion to practise a skill.</p>",
                ),
                (
                    "comparison",
                    {
                        "caption": "Group formats: MBT group and DBT skills training group",
                        "rows": [
                            {
                                "aspect": "What it is called",
                                "mbt": "<p>Group therapy (MBT-G).</p>",
                                "dbt": "<p>Skills training, explicitly not therapy.</p>",
                            },
                            {
                                "aspect": "The room",
                                "mbt": (
                                    "<p>Chairs in a circle; an empty chair stays in place for "
                                    "any member who is absent.</p>"
                                ),
                                "dbt": ("<p>A seminar-like layout, often facing a whiteboard, with handouts.</p>"),
                            },
                            {
                                "aspect": "Teaching",
                                "mbt": (
                                    "<p>None in MBT-G. Psychoeducation belongs to the separate "
                                    "introductory group, MBT-I.</p>"
                                ),
                                "dbt": ("<p>Central: leaders introduce skills as set out in the manual.</p>"),
                            },
                            {
                                "aspect": "Material of the session",
                                "mbt": (
                                    "<p>Events members bring from the days since the group "
                                    "last met, plus whatever happens in the room.</p>"
                                ),
                                "dbt": (
                                    "<p>The curriculum of skills, plus each member's report "
                                    "of last week's practice.</p>"
                                ),
                            },
                            {
                                "aspect": "What members do",
                                "mbt": (
                                    "<p>Everyone is invited to mentalize an incident: to "
                                    "suggest what the people involved may have thought, felt "
                                    "or wanted.</p>"
                                ),
                                "dbt": (
                                    "<p>Report on homework, learn a new skill, practise it and "
                                    "take away an assignment.</p>"
                                ),
                            },
                            {
                                "aspect": "Group process and conflict",
                                "mbt": ("<p>Actively used as an opportunity to enhance mentalizing.</p>"),
                                "dbt": (
                                    "<p>Not explored beyond using it to practise skills; "
                                    "friction is named briefly and the group returns to the "
                                    "agenda.</p>"
                                ),
                            },
                            {
                                "aspect": "Where learning happens",
                                "mbt": (
                                    "<p>In the session, through mentalizing together about "
                                    "real interpersonal events.</p>"
                                ),
                                "dbt": (
                                    "<p>Skills are taught and first acquired in the group, then "
                                    "strengthened and generalised between sessions, when they are "
                                    "practised in daily life and recorded on the diary card.</p>"
                                ),
                            },
                            {
                                "aspect": "Leaders",
                                "mbt": (
                                    "<p>Active, participating clinicians who structure the "
                                    "group and model curiosity.</p>"
                                ),
                                "dbt": ("<p>Teachers and coaches who keep to the curriculum and the time.</p>"),
                            },
                        ],
                    },
                ),
                (
                    "text",
                    "<h2>One moment, two responses</h2>"
                    "<p>Imagine a member rolling her eyes while another is speaking. In an MBT "
                    "group, the leader might pause and ask the group what they noticed, what "
                    "the eye-roll might mean and how the speaker experienced it, because this "
                    "is exactly the kind of live interaction the group is for. In a DBT skills "
                    "group, the leader might acknowledge in a sentence that the moment looks "
                    "tense, suggest a quick skill such as observing the urge to react, and "
                    "return to the homework go-round, leaving any deeper work to each "
                    "member's individual therapist.</p>"
                    "<p>Neither response is right in general. Each is right within its own "
                    "model, and using one model's response in the other's group would usually "
                    "be a fidelity problem rather than creative integration.</p>",
                ),
                (
                    "technique",
                    {
                        "technique": "MBT-G-PROC",
                        "note": (
                            "Using the here-and-now process is the MBT side of the central "
                            "contrast between the two groups."
                        ),
                    },
                ),
                (
                    "technique",
                    {
                        "technique": "DBT-G-REDIRECT",
                        "note": ("Redirecting to skills is the DBT side of the same contrast."),
                    },
                ),
                (
                    "vignette",
                    {
                        "title": "Which group is this?",
                        "vignette": (
                            "<p>You join a group as an observer. Seven members sit facing a "
                            "board on which the leader has written “Check the facts”. The "
                            "session starts with each member describing one skill they "
                            "practised, reading from a card. When one member snaps at another "
                            "for interrupting, the co-leader says, “Sounds like emotion mind "
                            "showing up. Let's take a breath and come back to Dana's "
                            "example,” and the group moves on.</p>"
                        ),
                        "prompt": (
                            "Which format is this, and which three details told you? How "
                            "would the same interruption be handled in the other model's "
                            "group?"
                        ),
                    },
                ),
                (
                    "key_points",
                    {
                        "heading": "Key points",
                        "points": [
                            "MBT-G is psychodynamic group therapy: circle, empty chair, no teaching.",
                            "DBT groups are skills training in a seminar format, with homework and diary cards.",
                            "MBT uses group process to build mentalizing; DBT does not explore "
                            "it beyond skills practice.",
                            "In MBT learning happens in the room; in DBT skills are acquired in the "
                            "group and strengthened and generalised between sessions.",
                        ],
                    },
                ),
            ],
        },
        # X3
        {
            "slug": "cross-reading-the-evidence",
            "title": "Reading the evidence: the Cochrane figures and the DBT–MBT comparison",
            "summary": (
                "How to read pooled estimates, where DBT and MBT each showed effects against "
                "treatment as usual, and why comparing the two directly is so hard."
            ),
            "objectives": [
                "By the end you can interpret an SMD or an RR with its confidence interval and "
                "decide whether it is significant.",
                "By the end you can explain why the number of trials and participants behind an estimate matters.",
                "By the end you can say on which outcomes DBT and MBT each outperformed treatment as usual.",
                "By the end you can explain what makes an indirect comparison of DBT and MBT so difficult.",
                "By the end you can summarise the naturalistic UK comparison and the only study of combined treatment.",
            ],
            "minutes": 50,
            "body": [
                (
                    "text",
                    "<h2>How to read a pooled estimate</h2>"
                    "<ul>"
                    "<li><strong>SMD</strong> (standardised mean difference) expresses the "
                    "difference between groups in standard-deviation units, so that trials "
                    "using different scales can be combined. In these tables, a negative SMD "
                    "favours the treatment.</li>"
                    "<li><strong>RR</strong> (risk ratio) compares how often an event happens "
                    "in each group. Below 1 means fewer events with the treatment.</li>"
                    "<li>The <strong>95% confidence interval</strong> shows the range of "
                    "plausible values. If it crosses 0 for an SMD, or 1 for an RR, the "
                    "result is not statistically significant.</li>"
                    "<li><strong>Trials and participants</strong> tell you how much the "
                    "estimate rests on. A striking result from three small trials deserves "
                    "more caution than a modest one from twenty.</li>"
                    "</ul>",
                ),
                (
                    "evidence",
                    {
                        "caption": "DBT compared with treatment as usual: pooled estimates",
                        "source": _EVIDENCE_SOURCE,
                        "note": (
                            "Significant for BPD severity, psychosocial functioning, self-harm, "
                            "anger and dissociation. Impulsivity has an upper limit of -0.00 "
                            "and was not marked significant in the review."
                        ),
                        "rows": [dict(row) for row in _DBT_VS_TAU],
                    },
                ),
                (
                    "evidence",
                    {
                        "caption": "MBT compared with treatment as usual: pooled estimates",
                        "source": _EVIDENCE_SOURCE,
                        "note": (
                            "Significant for self-harm, suicidal behaviour and interpersonal "
                            "problems. Both risk ratios come from only three trials each, so "
                            "treat their size with caution. " + _MBT_FUNCTIONING_AS_PRINTED
                        ),
                        "rows": [dict(row) for row in _MBT_VS_TAU],
                    },
                ),
                (
                    "text",
                    "<h2>What the two tables say</h2>"
                    "<p>DBT's significant effects cluster around the problems DBT research "
                    "has traditionally targeted: self-harm, anger, dissociation, as well as "
                    "overall severity and functioning. MBT's significant effects are on "
                    "self-harm, suicidal behaviour and interpersonal problems; its estimates "
                    "for severity, functioning and depression point in a favourable direction "
                    "but their intervals include zero.</p>"
                    "<h2>Why a head-to-head verdict is not possible</h2>"
                    "<ul>"
                    "<li>No randomised trial has compared DBT and MBT directly.</li>"
                    "<li>Indirect comparison is hampered because the two research traditions "
                    "measured different things: DBT trials focused on impulsive behaviours "
                    "and anger, MBT trials on interpersonal outcomes and general symptoms "
                    "such as depression or symptom checklists.</li>"
                    "<li>A Cochrane subgroup analysis found that the effect did not differ "
                    "between MBT and DBT for BPD severity or psychosocial functioning. The "
                    "review takes this, together with the advantage each treatment showed over "
                    "unspecific controls, as support for both on those two outcomes.</li>"
                    "<li><strong>A caveat on that reading.</strong> In the MBT table above, the "
                    "intervals for BPD severity and for psychosocial functioning both include "
                    "zero: against usual care, MBT's pooled effect on these two outcomes is not "
                    "significant. Finding no difference between two treatments in a subgroup "
                    "test does not show that they work equally well; on these two outcomes "
                    "the pooled evidence against usual care is weaker for MBT than for DBT.</li>"
                    "</ul>"
                    "<h2>Evidence from outside randomised trials</h2>"
                    "<p>A naturalistic, non-randomised study in UK personality disorder "
                    "services found no differences between DBT and MBT after 12 months on "
                    "self-harm, BPD severity, emotion dysregulation, interpersonal "
                    "relationships or dissociation. Self-harm and emotion dysregulation did "
                    "fall more steeply in the DBT group, even after adjusting for "
                    "confounders. A mixed-methods re-analysis found that, in both therapies, "
                    "patients who reported having learned to hold back from acting on "
                    "impulse, to question their own assumptions, to communicate better and "
                    "to face painful emotions ended treatment with less self-harm. Difficulties with the "
                    "therapist or with other group members went with worse outcomes in "
                    "both.</p>"
                    "<p>Only one study, non-randomised and with inpatients, has compared DBT "
                    "alone with DBT plus MBT. The single difference was higher affective "
                    "mentalizing in the combined group, which is unsurprising, since "
                    "mentalizing is an explicit MBT goal. Outcomes that matter to patients, "
                    "such as overall functioning and BPD severity, are what future studies of "
                    "combination need to measure.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "caution",
                        "title": "Do not turn 0.10 into a slogan",
                        "body": (
                            "<p>A risk ratio of 0.10 for suicidal behaviour is a large pooled "
                            "effect, but it rests on three trials with 218 participants, "
                            "within a body of evidence rated low to moderate in certainty. It "
                            "does not show that MBT is ten times better than DBT; the two were "
                            "never compared in the same trial.</p>"
                        ),
                    },
                ),
                (
                    "key_points",
                    {
                        "heading": "Key points",
                        "points": [
                            "Negative SMD or RR below 1 favours the treatment; an interval "
                            "crossing 0 or 1 is not significant.",
                            "DBT vs TAU: significant for severity, functioning, self-harm, anger and dissociation.",
                            "MBT vs TAU: significant for self-harm, suicidal behaviour and "
                            "interpersonal problems, on few trials; not for severity or functioning.",
                            "There is no direct randomised comparison, and the two traditions "
                            "measured different outcomes.",
                            "A naturalistic UK study found no overall difference at 12 months; "
                            "relationship difficulties predicted worse outcomes in both.",
                        ],
                    },
                ),
            ],
        },
        # X4
        {
            "slug": "cross-sequencing-and-formulation",
            "title": "Sequencing and case formulation",
            "summary": (
                "A vignette-based module on when DBT, MBT or general psychiatric management "
                "fits, in what order, and why formulation comes before any borrowing."
            ),
            "objectives": [
                "By the end you can draft a short shared formulation covering severity, "
                "behaviours and relational problems.",
                "By the end you can apply the order the review proposes: DBT while destructive "
                "behaviour dominates, MBT afterwards for lasting relational problems.",
                "By the end you can explain the place of general psychiatric management and stepped care.",
                "By the end you can state what must be in place before techniques are borrowed from another model.",
                "By the end you can relate ICD-11 severity to the intensity of treatment.",
            ],
            "minutes": 55,
            "body": [
                (
                    "text",
                    "<h2>Formulation before borrowing</h2>"
                    "<p>DBT and MBT should not be used interchangeably or at random. The "
                    "review asks clinicians to start from the individual: which symptoms, how "
                    "severe, which behaviours, which relational patterns. A coherent case "
                    "formulation, with goals set for this person and a treatment structure "
                    "everyone can see, is the prerequisite for any decision about sequence, and for "
                    "borrowing any technique from another specialist treatment.</p>"
                    "<h2>The review's sequencing logic</h2>"
                    "<ul>"
                    "<li><strong>Destructive behaviour first.</strong> DBT is usually seen as "
                    "first-line when self-destructive behaviour needs to be addressed. "
                    "Frequent crises impair reflective capacity and keep interrupting "
                    "treatment.</li>"
                    "<li><strong>Then relationships.</strong> Once distress tolerance has "
                    "improved and overt treatment-interfering behaviour has settled, "
                    "emotions and relationships move into the foreground. The detailed "
                    "techniques of the MBT manual can help the person keep a flexible mind "
                    "under emotional pressure.</li>"
                    "<li><strong>Severe, persistent cases.</strong> A sequence of DBT for "
                    "acute impulsive behaviour followed by MBT for lasting interpersonal "
                    "difficulties may be indicated.</li>"
                    "<li><strong>Stepped care.</strong> Not everyone needs, or can get, a "
                    "specialist treatment. General psychiatric management (GPM) can be a "
                    "first step, and it has also been proposed as low-intensity, long-term "
                    "follow-up once the person functions at a stable basic level.</li>"
                    "<li><strong>Severity.</strong> The ICD-11 levels of mild, moderate and "
                    "severe personality disorder could guide intensity and duration, "
                    "consistent with working on impulsive behaviour first and emotion "
                    "dysregulation and interpersonal problems afterwards.</li>"
                    "</ul>"
                    "<p>Putting someone through two complete specialist treatments in a row "
                    "is rarely affordable or quick enough. The realistic route is augmentation: adding selected "
                    "elements of the other model within one treatment, guided by the "
                    "formulation.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "caution",
                        "title": "Consensus, not trial evidence",
                        "body": (
                            "<p>The sequence of DBT followed by MBT reflects clinical "
                            "expertise and consensus. No trial has tested it. Present it to "
                            "patients and colleagues as the review's recommendation, not as an "
                            "established finding, and revisit the plan as the person "
                            "changes.</p>"
                        ),
                    },
                ),
                (
                    "vignette",
                    {
                        "title": "Dana: crisis after crisis",
                        "vignette": (
                            "<p>Dana, 23, burns herself several times a week and has been to "
                            "the emergency department twice this month after taking "
                            "overdoses. She has missed three of her last five appointments, "
                            "each time because of a crisis. She also describes intense, "
                            "short-lived friendships that end in bitter fallings-out.</p>"
                        ),
                        "prompt": (
                            "Following the review's logic, what would you offer first and "
                            "why? What would need to be in Dana's case formulation before you "
                            "decide?"
                        ),
                    },
                ),
                (
                    "vignette",
                    {
                        "title": "Marek: skills in place, relationships still stormy",
                        "vignette": (
                            "<p>Marek, 35, completed a year of DBT. He has not self-harmed for "
                            "eight months and uses distress-tolerance skills reliably. But "
                            "arguments with his partner still blow up within minutes, usually "
                            "because he is convinced she is mocking him. “I can stop myself "
                            "doing anything stupid,” he says, “but I never know what's going "
                            "on in her head.”</p>"
                        ),
                        "prompt": (
                            "What does the review suggest at this point? Would you think of "
                            "a sequential MBT programme or of MBT elements within ongoing "
                            "work, and what would decide it?"
                        ),
                    },
                ),
                (
                    "vignette",
                    {
                        "title": "Irene: moderate difficulties, limited services",
                        "vignette": (
                            "<p>Irene, 41, meets criteria for BPD with chronic feelings of "
                            "emptiness, mood swings and conflict at work, but no self-harm "
                            "and no recent crises. She works full time. The local DBT and MBT "
                            "programmes both have waiting lists of over a year.</p>"
                        ),
                        "prompt": (
                            "Where might general psychiatric management or stepped care fit "
                            "for Irene, and how would ICD-11 severity inform your thinking?"
                        ),
                    },
                ),
                (
                    "vignette",
                    {
                        "title": "Lucy: MBT patient in a new crisis",
                        "vignette": (
                            "<p>Lucy, 28, is nine months into an MBT programme and has been "
                            "doing well. After her father's sudden death she starts cutting "
                            "again, drinks most nights and twice leaves group in tears. She "
                            "says she cannot think about anyone's mind right now; she just "
                            "needs to get through the nights.</p>"
                        ),
                        "prompt": (
                            "How might the MBT team think about borrowing crisis-focused, "
                            "DBT-style structure here? What would the formulation need to say "
                            "first, and what are the risks of borrowing without it?"
                        ),
                    },
                ),
                (
                    "key_points",
                    {
                        "heading": "Key points",
                        "points": [
                            "Start from the individual: symptoms, severity, behaviours and relational patterns.",
                            "Review's logic: DBT first when destructive behaviour dominates, "
                            "MBT next for persistent relational difficulties.",
                            "GPM suits many as a first step and for long-term, low-frequency maintenance.",
                            "A coherent formulation and transparent structure are required "
                            "before borrowing techniques.",
                            "The recommended sequence rests on consensus, not on trials.",
                        ],
                    },
                ),
            ],
        },
        CROSS_RISK_MODULE,
        # X5 (techniques compared)
        {
            "slug": "cross-borrowing-micro-skills",
            "title": "Techniques compared: borrowing micro-skills safely",
            "summary": (
                "How the two models respond to the same clinical moments, which of their "
                "techniques already overlap, and how to borrow in either direction without "
                "losing fidelity."
            ),
            "objectives": [
                "By the end you can name the parts of DBT that already call on mentalizing.",
                "By the end you can compare how DBT and MBT respond to the same clinical moments.",
                "By the end you can bring an MBT relational micro-tool into a DBT session at a "
                "rupture and return to the DBT frame.",
                "By the end you can discuss, as an open question, when an MBT patient might "
                "need crisis-focused structure.",
                "By the end you can describe how little is known about combining the two treatments.",
            ],
            "minutes": 50,
            "body": [
                (
                    "text",
                    "<h2>Closer than they look</h2>"
                    "<p>The review points out that mentalizing already turns up in several "
                    "parts of DBT: beginner's mind, non-judging validation and chain analysis "
                    "all ask the client and therapist to slow down and look at mental states. "
                    "Equally, MBT attends to arousal and impulsivity even though it does not "
                    "teach skills in a class. Borrowing is therefore less a matter of "
                    "importing something foreign than of sharpening what is already "
                    "there.</p>"
                    "<p>The table sets the two models' typical responses side by side for "
                    "moments that every BPD therapist meets.</p>",
                ),
                (
                    "comparison",
                    {
                        "caption": "Techniques: how each model meets the same moment",
                        "rows": [
                            {
                                "aspect": "Arousal is very high",
                                "mbt": (
                                    "<p>Empathic validation and simple, supportive responses; "
                                    "exploration waits until arousal falls.</p>"
                                ),
                                "dbt": (
                                    "<p>Validation plus crisis survival skills such as TIPP or "
                                    "STOP; phone coaching between sessions.</p>"
                                ),
                            },
                            {
                                "aspect": "After an episode of self-harm",
                                "mbt": (
                                    "<p>Clarify the sequence and explore the mental states "
                                    "before and during the episode; revisit the formulation "
                                    "and crisis plan.</p>"
                                ),
                                "dbt": (
                                    "<p>Diary card, then chain analysis and solution analysis "
                                    "with skills for key links.</p>"
                                ),
                            },
                            {
                                "aspect": "Rupture with the therapist",
                                "mbt": (
                                    "<p>Stop–rewind–explore, mentalizing the relationship and "
                                    "owning the therapist's part.</p>"
                                ),
                                "dbt": (
                                    "<p>Validation, naming and solving therapy-interfering "
                                    "behaviour on either side, reciprocal communication.</p>"
                                ),
                            },
                            {
                                "aspect": "Rigid certainty about others",
                                "mbt": (
                                    "<p>Recognise psychic equivalence; validate the feeling "
                                    "without arguing, then invite alternative "
                                    "perspectives.</p>"
                                ),
                                "dbt": (
                                    "<p>Check the facts; wise mind; dialectical strategies to "
                                    "loosen either-or thinking.</p>"
                                ),
                            },
                            {
                                "aspect": "Fluent talk with no feeling",
                                "mbt": (
                                    "<p>Recognise pretend mode; bring talk back to feeling; careful challenge.</p>"
                                ),
                                "dbt": (
                                    "<p>Irreverent communication to unsettle the pattern; "
                                    "mindful describing of what is felt now.</p>"
                                ),
                            },
                            {
                                "aspect": "Validation",
                                "mbt": ("<p>Empathic validation as a basis for exploration.</p>"),
                                "dbt": ("<p>Six levels, deliberately balanced with change strategies.</p>"),
                            },
                            {
                                "aspect": "Interpretation",
                                "mbt": (
                                    "<p>No psychodynamic interpretation; at most a tentative link "
                                    "to other relationships, offered as a question.</p>"
                                ),
                                "dbt": (
                                    "<p>No psychodynamic interpretation; insight strategies point "
                                    "out patterns, and behaviour is read in the least pejorative "
                                    "way.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "technique",
                    {
                        "technique": "X-BEGINNER",
                        "note": (
                            "Beginner's mind is one of three DBT elements, with non-judging "
                            "validation and chain analysis, in which the review sees mentalizing; "
                            "it sits close to MBT's not-knowing stance."
                        ),
                    },
                ),
                (
                    "technique",
                    {
                        "technique": "MBT-SRE",
                        "note": (
                            "Stop–rewind–explore is the MBT micro-tool most easily carried into "
                            "a DBT session at a rupture."
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Borrowing in two directions</h2>"
                    "<h3>From MBT into DBT</h3>"
                    "<p>The review suggests DBT might benefit from techniques described in "
                    "detail in the MBT manual, especially for keeping a flexible mind in "
                    "emotionally demanding moments. MBT's micro-tools for relational "
                    "disturbances, such as stop–rewind–explore and mentalizing the "
                    "relationship, are more detailed than anything DBT specifies for the "
                    "same moment. A DBT therapist can use them briefly, then return to the "
                    "chain or the agenda.</p>"
                    "<h3>From DBT into MBT</h3>"
                    "<p>The review is less explicit here. Whether an MBT patient whose "
                    "arousal and behavioural risk escalate would benefit from crisis-focused, "
                    "DBT-style structure is best treated as a question for team discussion "
                    "and formulation, not as a protocol.</p>"
                    "<h2>The evidence gap</h2>"
                    "<p>Only one study has compared DBT with DBT plus MBT, and it was neither "
                    "randomised nor outpatient. More research is needed on adding elements of "
                    "one therapy to the other, judged on outcomes that matter to patients, "
                    "such as functioning and BPD severity, rather than on how well techniques "
                    "are used.</p>",
                ),
                (
                    "vignette",
                    {
                        "title": "A glance at the clock",
                        "vignette": (
                            "<p>Halfway through a chain analysis in a DBT session, the "
                            "therapist glances at the clock. Mia stops mid-sentence: “You're "
                            "bored of me. Just say it.” She pushes the diary card away. Her "
                            "voice is sharp but she is still talking, and her arousal seems "
                            "moderate.</p>"
                        ),
                        "prompt": (
                            "How could the DBT therapist use an MBT micro-tool here, and how "
                            "would they then return to the chain without losing the DBT "
                            "frame?"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "caution",
                        "title": "Borrowing without a formulation",
                        "body": (
                            "<p>Techniques lifted from another model without a shared "
                            "formulation and a clear treatment structure can confuse patients "
                            "and dilute both treatments. Agree with your team, and with the "
                            "patient, why a borrowed element is being used and what it should "
                            "achieve.</p>"
                        ),
                    },
                ),
                (
                    "key_points",
                    {
                        "heading": "Key points",
                        "points": [
                            "Beginner's mind, non-judging validation and chain analysis "
                            "already carry mentalizing into DBT.",
                            "For handling relational trouble in the moment, MBT's micro-tools are the more detailed.",
                            "Borrowing MBT tools into DBT has the review's clearer support; "
                            "the reverse is a matter for discussion.",
                            "Only one non-randomised inpatient study has tested DBT plus MBT.",
                            "Every borrowing needs a formulation and a transparent structure.",
                        ],
                    },
                ),
            ],
        },
        # X6
        {
            "slug": "cross-watching-role-play",
            "title": "Watching role-play like a rater",
            "summary": (
                "Using the technique taxonomy to tag role-play clips, comparing the same "
                "clinical moment handled the MBT way and the DBT way, and understanding what "
                "ratings can and cannot tell you."
            ),
            "objectives": [
                "By the end you can tag technique moments in a role-play clip with the platform's taxonomy.",
                "By the end you can explain how adherence differs from competence and why ratings apply to sessions.",
                "By the end you can explain why ratings of your own work need checking against expert ratings.",
                "By the end you can describe how each model uses recorded sessions for "
                "certification or quality feedback.",
            ],
            "minutes": 50,
            "body": [
                (
                    "text",
                    "<h2>Tagging moments, rating sessions</h2>"
                    "<p>The technique cards on this platform separate what the therapist does "
                    "(therapist moves), what the scripted patient shows (patient states) and, "
                    "for cross-training, a few flags that apply to both models. Tags mark "
                    "moments for teaching. They are not adherence scores. Adherence scales "
                    "judge a therapist's moves in the light of the patient's state: a "
                    "challenge that fits pretend mode would be a misstep with a patient in "
                    "acute distress.</p>"
                    "<p>Two principles from the DBT adherence literature apply to both "
                    "models. First, adherence belongs to a session, not to a therapist. "
                    "Second, adherence is not competence: a session can tick every box and "
                    "still be delivered clumsily.</p>",
                ),
                (
                    "paired_clips",
                    {
                        "title": "The cancelled session, handled two ways",
                        "prompt": (
                            "Both clips start from the same moment: the patient is angry because the therapist "
                            "cancelled last week's session at short notice, and she mentions urges to self-harm over "
                            "the weekend. Watch for each therapist's first move, when and how risk is checked, what "
                            "happens to the anger about the cancellation, and where each session is heading at the "
                            "end of the clip."
                        ),
                        "mbt": "rupture-mbt",
                        "dbt": "rupture-dbt",
                        "contrast": [
                            {
                                "aspect": "First move",
                                "mbt": (
                                    "Empathic validation of the anger, because arousal is high and exploration can "
                                    "wait."
                                ),
                                "dbt": "Validation of the anger as what most people would feel in the circumstances.",
                            },
                            {
                                "aspect": "Checking risk",
                                "mbt": (
                                    "Once the rupture is acknowledged and arousal has eased: a direct question about "
                                    "suicide, intent, plans, means, past attempts, then the crisis plan."
                                ),
                                "dbt": (
                                    "Straight away, as the target hierarchy puts risk to life first: the same direct "
                                    "check, means and the safety plan, with coaching before any act."
                                ),
                            },
                            {
                                "aspect": "The cancellation",
                                "mbt": (
                                    "Explored as an event between two minds: what she imagined was in the "
                                    "therapist's mind when the session was cancelled."
                                ),
                                "dbt": (
                                    "Named as therapy-interfering behaviour on the therapist's side and placed "
                                    "second on the agenda, after the urges."
                                ),
                            },
                            {
                                "aspect": "The therapist's own part",
                                "mbt": (
                                    "Owns the cancellation and not checking how it would land, without defending it."
                                ),
                                "dbt": (
                                    "Agrees the complaint is fair and apologises, then pairs that acceptance with a "
                                    "push for change."
                                ),
                            },
                            {
                                "aspect": "Use of the relationship",
                                "mbt": "The rupture itself becomes material for mentalizing in the session.",
                                "dbt": "The relationship is repaired so that it can support the work on skills.",
                            },
                            {
                                "aspect": "Where the session is heading",
                                "mbt": (
                                    "Stop–rewind–explore back to Saturday, to the mental states just before the "
                                    "urges grew."
                                ),
                                "dbt": (
                                    "A chain analysis of Saturday's urges, starting from the prompting event and "
                                    "heading for skills that would help next weekend."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "technique",
                    {
                        "technique": "X-RUPTURE",
                        "note": (
                            "The rupture flag marks the moment from which the two clips can be compared move by move."
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "caution",
                        "title": "Risk comes first in both models",
                        "body": (
                            "<p>The two therapists handle the anger very differently, but "
                            "neither may skip the self-harm urges. When you rate either clip, "
                            "check that current risk was assessed before the session moved on, "
                            "and treat its absence as a serious omission. A full check asks directly "
                            "about suicide, intent, plans, means and past attempts; one closed "
                            "“are you safe?” is not enough (see the module on suicide and self-harm "
                            "risk).</p>"
                        ),
                    },
                ),
                (
                    "technique",
                    {
                        "technique": "X-INTERP",
                        "note": (
                            "If either therapist explains the anger by the patient's past, flag "
                            "it: both models set aside interpretation in this psychodynamic sense."
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Calibrating your eye</h2>"
                    "<ul>"
                    "<li><strong>Self-ratings drift.</strong> On the DBT AC-I, therapists' "
                    "ratings of their own sessions agreed very poorly with trained observers "
                    "on average (ICC .09), although some individual therapists were "
                    "accurate. Rating expert clips and comparing your scores with the "
                    "reference ratings is the way to sharpen judgement.</li>"
                    "<li><strong>One session is not enough.</strong> A dependable DBT "
                    "adherence score for a therapist needs roughly nine to fifteen rated "
                    "sessions.</li>"
                    "<li><strong>Rater training works.</strong> Experienced MBT clinicians "
                    "reached good reliability after a one-day rater course, and raters can "
                    "be trained against gold-standard ratings.</li>"
                    "</ul>"
                    "<h2>How recordings are used in each model</h2>"
                    "<p>In DBT, clinician certification includes review of three consecutive "
                    "recorded sessions for adherence. In MBT, quality laboratories rate "
                    "therapists' own session videos and return feedback based on two raters' "
                    "consensus. More broadly, simulated interactions such as role-plays can "
                    "serve both as a way to train and as a stand-in measure of fidelity. "
                    "Rating clips on this platform is practice for that kind of review, not "
                    "a substitute for it.</p>",
                ),
                (
                    "key_points",
                    {
                        "heading": "Key points",
                        "points": [
                            "Tags mark moments for teaching; adherence is judged at session level.",
                            "Adherence is not competence.",
                            "The same rupture shows MBT exploring the relationship and DBT "
                            "using it to support skills, with risk addressed in both.",
                            "Self-ratings need calibration against expert ratings.",
                            "Both models use recorded sessions for formal review: DBT for "
                            "certification, MBT for quality feedback.",
                        ],
                    },
                ),
            ],
        },
    ],
}


COURSES = [_MBT_COURSE, _DBT_COURSE, _CROSS_COURSE]
