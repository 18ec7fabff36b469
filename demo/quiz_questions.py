"""The demo question bank, one quiz per curriculum module, written from the curriculum brief's facts.

Options are (text, correct); a third item is a weight in percent for partial credit. Options are shuffled once
per attempt unless a question says ``"answer_order": "none"`` (levels or numbers, whose order means something);
as entered, the correct answers of single-choice questions are spread over the positions, and the wrong options
are mistakes a trainee could make. Each quiz's pass mark says what its module must show.
"""

# Learner-facing prose uses typographic dashes and quotation marks, and long sentences stay on one line.
# ruff: noqa: E501

MBT, DBT, CROSS = "MBT", "DBT", "Cross-training"

QUIZZES = {
    # MBT track ------------------------------------------------------------------------------
    "mbt-mentalizing-and-bpd": {
        "title": "Mentalizing and the MBT model: check your understanding",
        "category": (MBT, "Model of BPD"),
        "pass_mark": 75,  # the model's foundations: three of four
        "questions": [
            {
                "title": "M1 Roots of MBT",
                "content": "Which theoretical tradition does MBT mainly grow out of?",
                "options": [
                    ("Learning theory combined with dialectical philosophy", False),
                    ("Cognitive schema theory and early maladaptive schemas", False),
                    ("Object-relations theory in Kernberg's tradition", False),
                    ("Developmental psychopathology: attachment theory together with theory of mind", True),
                ],
                "explanation": "MBT builds on Bowlby's attachment theory and theory of mind. Learning theory and "
                "dialectics are DBT's foundations.",
            },
            {
                "title": "M1 Epistemic trust",
                "content": "What does “epistemic trust” mean?",
                "options": [
                    (
                        "Being ready to take what someone tells you as reliable and relevant to you, so you can learn from it",
                        True,
                    ),
                    ("Trusting that the therapist will keep what is said confidential", False),
                    ("The patient's trust that the therapist's method is evidence-based and will work", False),
                    ("Confidence in one's own reading of other people's minds, whatever they say", False),
                ],
                "explanation": "Epistemic trust grows in attachment relationships and lets a person learn socially from others.",
            },
            {
                "title": "M1 Dimensions of mentalizing",
                "kind": "mc_multiple",
                "content": "Which of these are dimensions (polarities) of mentalizing in MBT? Tick all that apply.",
                "options": [
                    ("Automatic – controlled", True),
                    ("Self – other", True),
                    ("Acceptance – change", False),
                    ("Cognitive – affective", True),
                    ("Past – present", False),
                ],
                "explanation": "The four dimensions are automatic–controlled, self–other, internal–external and "
                "cognitive–affective. Acceptance–change is DBT's core dialectic.",
            },
            {
                "title": "M1 Duration",
                "kind": "true_false",
                "content": "MBT for borderline personality disorder usually runs for about 18 months.",
                "is_true": True,
                "explanation": "The review gives 18 months for MBT and 12 months for standard DBT.",
            },
        ],
    },
    "mbt-modes-and-formulation": {
        "title": "Non-mentalizing modes: recognise them",
        "category": (MBT, "Modes and formulation"),
        "pass_mark": 60,  # two of the three modes recognised; the third is practised in the next modules
        "questions": [
            {
                "title": "M2 Psychic equivalence",
                "vignette": "A patient says: “He didn't text back, so he hates me. I could feel it. "
                "There's no other way to read it.”",
                "content": "Which mode dominates here?",
                "options": [
                    ("Pretend mode", False),
                    ("Hypermentalizing (pseudo-mentalizing)", False),
                    ("Teleological mode", False),
                    ("Psychic equivalence", True),
                ],
                "explanation": "A feeling is treated as a fact, with no room for another reading: the mark of psychic equivalence.",
            },
            {
                "title": "M2 Pretend mode",
                "content": "A patient talks fluently and intellectually about “my abandonment issues”, without "
                "feeling, while life outside stays chaotic. What does this suggest?",
                "options": [
                    ("Pretend mode, which may call for careful challenge", True),
                    ("Psychic equivalence, which calls for interpretation", False),
                    ("Teleological mode, which calls for skills coaching", False),
                    ("Good controlled mentalizing, which the therapist can follow", False),
                ],
                "explanation": "Words cut off from lived reality are the signature of pretend mode.",
            },
            {
                "title": "M2 Teleological mode",
                "content": "“If she really cared she would have driven over at 2 a.m.” Which mode does this illustrate?",
                "options": [
                    ("Teleological mode", True),
                    ("Pretend mode", False),
                    ("Psychic equivalence", False),
                    ("Hypermentalizing", False),
                ],
                "explanation": "Care only counts when it is proven by a physical act.",
            },
        ],
    },
    "mbt-mentalizing-stance": {
        "title": "The mentalizing stance",
        "category": (MBT, "Stance"),
        "pass_mark": 75,  # the stance is the core of MBT: three of four
        "questions": [
            {
                "title": "M3 Not-knowing response",
                "content": "Which response best shows the not-knowing stance?",
                "options": [
                    ("“You're clearly projecting your anger at your mother onto him.”", False),
                    ("“I'm not sure I've followed. What went through your mind when he didn't reply?”", True),
                    ("“I understand exactly how you feel; I would have been hurt too.”", False),
                    ("“Maybe he was just busy. Have you thought of that?”", False),
                ],
                "explanation": "Genuine curiosity about the patient's mind; the others interpret or direct.",
            },
            {
                "title": "M3 Warmth on the adherence scale",
                "content": "How does Karterud's MBT adherence scale treat “engagement, interest and warmth”?",
                "options": [
                    ("It is expected throughout, so it is not scored for adherence", True),
                    ("It is scored only in group sessions", False),
                    ("It is a core adherence item, scored in every session", False),
                    ("It is discouraged because it gratifies the patient", False),
                ],
                "explanation": "It is a common factor that should always be present.",
            },
            {
                "title": "M3 Not-knowing is not passivity",
                "kind": "true_false",
                "content": "Taking a not-knowing stance means the therapist offers no perspectives of their own.",
                "is_true": False,
                "explanation": "The not-knowing therapist stays curious and still offers and builds alternative perspectives.",
            },
            {
                "title": "M3 Name the move (video)",
                "kind": "spot_name",
                "clip": "mbt-individual-session",
                "time": 9.6,
                "technique": "MBT-NK",
                "others": ["MBT-CLAR", "MBT-MARK", "MBT-REL"],
                "content": "What is the therapist doing at this moment of the session?",
                "explanation": "The therapist asks about the patient's mind instead of explaining the silence: not-knowing.",
            },
        ],
    },
    "mbt-core-interventions": {
        "title": "Core interventions and arousal",
        "category": (MBT, "Interventions"),
        "pass_mark": 75,  # three of four, including the clip
        "questions": [
            {
                "title": "M4 Where to rewind",
                "content": "In stop–rewind–explore, where does the therapist rewind to?",
                "options": [
                    ("The moment just before mentalizing was lost, to explore the states of mind then", True),
                    ("The childhood situation that the current reaction repeats", False),
                    ("The point in the session where the patient last felt understood", False),
                    ("The start of the session, to review the agenda together", False),
                ],
                "explanation": "The technique returns to the last point where mentalizing still worked.",
            },
            {
                "title": "M4 High arousal",
                "vignette": "A patient is shouting that the therapist “is just like everyone else”.",
                "content": "What is usually the best first move?",
                "options": [
                    ("Empathic validation and lowering arousal before exploring", True),
                    ("A transference interpretation linking the therapist to the father", False),
                    ("A challenge that surprises the patient out of the non-mentalizing mode", False),
                    ("Asking the patient in detail what she thinks is in the therapist's mind", False),
                ],
                "explanation": "At high arousal mentalizing is offline, so complex interventions do not land.",
            },
            {
                "title": "M4 Basic training content",
                "content": "Which set of techniques does the Anna Freud basic training description name?",
                "options": [
                    ("Clarification, challenge, basic mentalizing", True),
                    ("Chain analysis, diary card, DEAR MAN", False),
                    ("Free association, dream analysis, interpretation", False),
                    ("Exposure, cognitive restructuring, behavioural activation", False),
                ],
                "explanation": "The first option lists DBT tools; the basic course practises clarification, challenge "
                "and basic mentalizing in role play.",
            },
            {
                "title": "M4 Mark the stop (video)",
                "kind": "spot_moment",
                "clip": "mbt-individual-session",
                "time": 37.8,
                "tolerance": 3,
                "technique": "MBT-SRE",
                "content": "Watch the clip and mark the moment where the therapist uses stop–rewind–explore.",
                "explanation": "Just after the patient's certainty peaks, the therapist validates the hurt, then stops and rewinds to Sunday night.",
            },
        ],
    },
    "mbt-suicide-and-self-harm-risk": {
        "title": "Self-harm, suicidality and crises in MBT",
        "category": (MBT, "Risk and crises"),
        "pass_mark": 75,  # safety before exploration: three of four, the first two about Jon
        "questions": [
            {
                "title": "M-R Jon: what comes first",
                "vignette": "Jon, 31, cut his forearm the night after a group in which another member laughed while he "
                "spoke. The wound under his own dressing still gapes. He says he was “not suicidal, just done with it”.",
                "content": "What comes first?",
                "options": [
                    ("Rewind to the moment in group when he was laughed at", False),
                    ("Medical care for the wound today, then the rest of the risk check", True),
                    ("Accept that he was not suicidal and turn to his view of the group", False),
                    ("Offer extra sessions this week so he knows he is cared for", False),
                ],
                "explanation": "A wound that may need treatment goes to medical care first, whatever the stated intent; "
                "the full risk check and the mentalizing come after.",
            },
            {
                "title": "M-R Jon: mentalizing the episode",
                "vignette": "Jon's wound has been treated and he is calmer. He has no current suicidal thoughts or plans.",
                "content": "Which move fits MBT now?",
                "options": [
                    ("Interpret his anger at the group member as anger at the therapist", False),
                    ("Add sessions now, so that he does not feel dropped again", False),
                    ("Ask him why he did it, so he can take responsibility for the act", False),
                    ("Rewind to just before the act and explore what he felt and what was happening", True),
                ],
                "explanation": "MBT rewinds to the moment before the act and explores what and how, not why; it avoids "
                "rescuing and interpretation.",
            },
            {
                "title": "M-R The crisis call",
                "content": "A patient rings in crisis, shouting that she cannot go on. Which question fits MBT?",
                "options": [
                    ("“Why do you think you always end up feeling like this?”", False),
                    ("“Can you promise me you'll keep yourself safe until Thursday?”", False),
                    ("“What are you feeling right now, and what happened just before it started?”", True),
                    ("“Let me ring your sister and ask her to come over.”", False),
                ],
                "explanation": "Ask what and how, not why; do not bargain or act for the patient. If life is at risk, "
                "safety comes first, and then the plan you made together.",
            },
            {
                "title": "M-R When the crisis plan is made",
                "content": "When is an MBT crisis plan written?",
                "options": [
                    ("Early in treatment, with the patient, while they can think about crises", True),
                    ("During the first crisis, when its triggers are clearest", False),
                    ("By the team alone, then handed to the patient", False),
                    ("Only once the patient has self-harmed during treatment", False),
                ],
                "explanation": "A crisis is a collapse of mentalizing, so the plan is made beforehand, together, and "
                "reviewed after every crisis.",
            },
        ],
    },
    "mbt-mentalizing-the-relationship": {
        "title": "Mentalizing the relationship",
        "category": (MBT, "Relationship"),
        "pass_mark": 60,  # the essay carries four of seven points: it must be more than a gesture
        "questions": [
            {
                "title": "M5 “You think I'm pathetic”",
                "vignette": "Patient: “You think I'm pathetic, I can see it on your face.”",
                "content": "Which first response is most consistent with MBT?",
                "options": [
                    ("“That's your father you're seeing in me.”", False),
                    ("“I don't think that at all, let's move on.”", False),
                    (
                        "“Something in my face struck you. Can we look at what you saw, and what I might have done just then?”",
                        True,
                    ),
                    ("“What makes you think that? Let's look at the evidence for it.”", False),
                ],
                "explanation": "It validates the experience, stays curious and leaves room for the therapist's own part.",
            },
            {
                "title": "M5 Here and now",
                "content": "Compared with classical transference interpretation, mentalizing the relationship…",
                "options": [
                    ("links the present to childhood as early as possible", False),
                    ("stays in the here and now to activate mentalizing about both minds in the room", True),
                    ("is used mainly at high arousal", False),
                    ("is kept for the last phase of treatment, once trust is established", False),
                ],
                "explanation": "MBT uses the live relationship to train mentalizing and does not rely on interpretation.",
            },
            {
                "title": "M5 DBT's use of the relationship",
                "content": "According to the review, what does DBT mainly use the therapeutic relationship for?",
                "options": [
                    ("Interpreting transference", False),
                    ("Providing a corrective emotional experience", False),
                    ("Supporting skills coaching", True),
                    ("Exploring both minds in the relationship in real time", False),
                ],
                "explanation": "MBT investigates mentalizing in the relationship; DBT uses it to support coaching.",
            },
            {
                "title": "M5 Owning one's part",
                "kind": "essay",
                "points": 4,
                "content": "In a few sentences: a patient says you are “not hearing” her. Describe how you would "
                "respond in an MBT way, including your own contribution.",
                "rubric": "Goes back to the triggering moment\nValidates the patient's experience of the therapist\n"
                "Acknowledges the therapist's own contribution\nAvoids a classical interpretation",
                "explanation": "Return to the trigger, explore how now feels the same, and accept a part in it not yet understood.",
            },
        ],
    },
    "mbt-groups": {
        "title": "MBT groups: MBT-I and MBT-G",
        "category": (MBT, "Groups"),
        "pass_mark": 60,  # two of three
        "questions": [
            {
                "title": "M6 Which group is this?",
                "vignette": "The chairs are in a circle, one left empty for an absent member. There is no "
                "flipchart. A member describes an argument with her sister since last week, and the leaders ask "
                "the others what they imagine each sister was feeling.",
                "content": "What kind of group is this?",
                "options": [
                    ("A DBT skills training group", False),
                    ("An MBT-I introductory group", False),
                    ("An MBT group (MBT-G)", True),
                    ("A DBT consultation team", False),
                ],
                "explanation": "Circle, empty chair, no teaching and mentalizing about an incident define MBT-G.",
            },
            {
                "title": "M6 MBT-I",
                "content": "How is MBT-I best described?",
                "options": [
                    ("The adolescent version of MBT (MBT-A), offered in groups", False),
                    (
                        "A time-limited, educational introductory group on mentalizing, emotions, attachment and personality disorder",
                        True,
                    ),
                    ("A skills-training group with weekly homework on mentalizing", False),
                    ("An open-ended group where members mentalize incidents from their week", False),
                ],
                "explanation": "MBT-I runs for about 10 to 12 weeks and prepares patients for the intensive treatment.",
            },
            {
                "title": "M6 Features of MBT-G",
                "kind": "mc_multiple",
                "content": "Which features belong to an MBT group session? Tick all that apply.",
                "options": [
                    ("Members sit in a circle", True),
                    ("An empty chair marks an absent member", True),
                    ("Members bring incidents from the past week to mentalize together", True),
                    ("The leader teaches a skill from a handout", False),
                ],
                "explanation": "MBT-G has no teaching; teaching from a handout is what a DBT skills group does.",
            },
        ],
    },
    "mbt-fidelity-and-training": {
        "title": "Fidelity and the MBT training pathway",
        "category": (MBT, "Fidelity"),
        "pass_mark": 60,  # two of three
        "exam_paper": True,
        "reveal_answers": "at_end",
        "questions": [
            {
                "title": "M7 Training steps",
                "content": "What is the order of the Anna Freud MBT training steps?",
                "options": [
                    ("Practitioner course, then basic course, then supervision", False),
                    (
                        "Basic course, then the practitioner certificate course, with supervised practice afterwards",
                        False,
                    ),
                    (
                        "Basic course, then supervised practice with an approved supervisor, then the practitioner certificate course",
                        True,
                    ),
                    ("Supervised practice first, then the basic course and the practitioner course", False),
                ],
                "explanation": "Basic course → supervision → practitioner certificate course.",
            },
            {
                "title": "M7 Quality lab feedback",
                "content": "How does the Norwegian MBT quality lab give feedback?",
                "options": [
                    ("Through patients' ratings of the alliance after each session", False),
                    (
                        "By rating therapists' own session videos on the MBT scale, with written feedback from two raters' consensus",
                        True,
                    ),
                    ("Through knowledge tests after each training block, discussed with a supervisor", False),
                    ("By live observation of group sessions by one senior rater", False),
                ],
                "explanation": "Therapists send recordings; two raters agree a written feedback profile.",
            },
            {
                "title": "M7 MBT-RACS agreement",
                "content": "How well did two coders agree on total adherence in the MBT-RACS reliability study?",
                "options": [
                    ("Highly (ICC about .84 for group and .95 for individual sessions)", True),
                    ("Moderately (ICC about .55)", False),
                    ("Poorly (ICC below .40)", False),
                    (
                        "Highly for individual sessions (ICC about .90), poorly for group sessions (ICC about .35)",
                        False,
                    ),
                ],
                "explanation": "126 recorded sessions, 17 coders; agreement was high.",
            },
        ],
    },
    # DBT track ------------------------------------------------------------------------------
    "mbt-assessment-trust-and-ending": {
        "title": "Assessment, epistemic trust and ending in MBT",
        "category": (MBT, "Assessment and course of treatment"),
        "pass_mark": 75,  # three of four
        "questions": [
            {
                "title": "M8 What the RF Scale rates",
                "content": "What was the Reflective Functioning Scale built to rate?",
                "options": [
                    ("Self-report questionnaires about mentalizing", False),
                    ("Transcripts of the Adult Attachment Interview", True),
                    ("Video recordings of therapy sessions", False),
                    ("Responses to a film-based social cognition task", False),
                ],
                "explanation": "The scale rates AAI transcripts from −1 to 9; a brief RF interview of about 24 minutes "
                "correlated .71 with it.",
            },
            {
                "title": "M8 You're only saying that",
                "content": "A patient answers every comment the therapist offers with “you're only saying that”. What "
                "does MBT see here first?",
                "options": [
                    ("Resistance, to be interpreted", False),
                    ("A skills deficit, to be taught", False),
                    ("Epistemic hypervigilance, an adaptation to an unreliable social world", True),
                    ("Pretend mode, to be challenged at once", False),
                ],
                "explanation": "Mistrust is understood as a learned adaptation, not defiance; feeling understood is what "
                "reopens the channel for learning.",
            },
            {
                "title": "M8 Marker of hypermentalizing",
                "content": "What best marks hypermentalizing?",
                "options": [
                    ("Certainty beyond the evidence, closed to revision", True),
                    ("Frequent talk about other people's minds", False),
                    ("Strong emotion while describing others", False),
                    ("Detailed memories of what others said", False),
                ],
                "explanation": "Talking a lot about minds is not the problem; the account is ungrounded and will not change.",
            },
            {
                "title": "M8 Termination formulation",
                "content": "What is a termination formulation in MBT?",
                "options": [
                    ("A discharge letter to the referrer", False),
                    ("A revised diagnosis for the record", False),
                    ("The final version of the crisis plan", False),
                    ("A recap, written with the patient, of what was achieved and the goals ahead", True),
                ],
                "explanation": "It helps the patient mentalize the ending and carry the work on after it.",
            },
        ],
    },
    "dbt-biosocial-theory": {
        "title": "Biosocial theory and dialectics",
        "category": (DBT, "Theory"),
        "pass_mark": 60,  # two of three
        "questions": [
            {
                "title": "D1 Temperament",
                "content": "Which temperamental features does the biosocial theory stress?",
                "options": [
                    ("Low sensitivity and quick recovery", False),
                    ("High sensitivity, with a quick return to baseline once the trigger has passed", False),
                    ("Low sensitivity, with intense but short-lived reactions", False),
                    ("High sensitivity, intense reactions and a slow return to baseline", True),
                ],
                "explanation": "Emotional vulnerability: sensitive, intense, slow to settle.",
            },
            {
                "title": "D1 The social part",
                "content": "What does the “social” part of the biosocial theory mainly refer to?",
                "options": [
                    ("Peer rejection and bullying in adolescence", False),
                    ("Insecure attachment to the primary caregiver", False),
                    ("An invalidating environment, including chronic invalidation, abuse or neglect", True),
                    ("Missing social-skills learning in childhood", False),
                ],
                "explanation": "Vulnerability meets an environment that repeatedly invalidates the person's experience.",
            },
            {
                "title": "D1 Acceptance and change",
                "content": "“It makes sense you cut. The pain was unbearable. And we have to find another way, "
                "because cutting is keeping you stuck.” What does this utterance mainly show?",
                "options": [
                    ("Validation at level 5 alone", False),
                    ("Radical acceptance of the self-harm", False),
                    ("An irreverent challenge", False),
                    ("Balancing acceptance (validation) with change (problem solving)", True),
                ],
                "explanation": "The core dialectic of DBT in one sentence.",
            },
        ],
    },
    "dbt-structure-and-targets": {
        "title": "DBT structure, modes and targets",
        "category": (DBT, "Structure"),
        "pass_mark": 80,  # four of five: the structure, the functions and the stages, with the hierarchy first
        "questions": [
            {
                "title": "D2 Four modes",
                "content": "What are the four modes of standard DBT?",
                "options": [
                    ("Individual therapy, skills group, family sessions, consultation team", False),
                    ("Individual therapy, family therapy, medication, inpatient care", False),
                    ("Skills group, psychoeducation, mindfulness retreat, peer support", False),
                    ("Individual therapy, skills group, phone coaching, consultation team", True),
                ],
                "explanation": "The therapist consultation team is one of the four modes.",
            },
            {
                "title": "D2 First priority",
                "vignette": "The diary card shows a missed group, a fight with her mother and one episode of "
                "cutting. The patient adds that she plans to meet an abusive ex-partner tonight and “might do something”.",
                "content": "What comes first on the agenda?",
                "options": [
                    ("The missed group", False),
                    ("The fight with her mother", False),
                    ("The cutting episode, then the risk tonight", False),
                    ("The imminent risk tonight, then the cutting episode", True),
                ],
                "explanation": "Life-threatening behaviour tops the stage-1 target hierarchy, imminent risk first.",
            },
            {
                "title": "D2 Team agreement",
                "content": "A team member calls a client “manipulative”, and the leader asks everyone to look for "
                "non-pejorative readings of the behaviour. Which consultation-team agreement is this?",
                "options": [
                    ("Consistency", False),
                    ("Phenomenological empathy", True),
                    ("Fallibility", False),
                    ("Observing limits", False),
                ],
                "explanation": "Phenomenological empathy: assume the least pejorative explanation.",
            },
            {
                "title": "D2 What the team is for",
                "content": "Which function of comprehensive DBT does the consultation team mainly serve?",
                "options": [
                    ("Generalising skills to everyday life", False),
                    ("Enhancing the client's capabilities", False),
                    ("Structuring the environment", False),
                    ("Enhancing the therapists' capability and motivation", True),
                ],
                "explanation": "The team keeps therapists skilled and motivated; the group builds capabilities and "
                "coaching generalises them.",
            },
            {
                "title": "D2 Where trauma is processed",
                "content": "In which stage of DBT is trauma usually processed?",
                "options": [
                    ("Pre-treatment", False),
                    ("Stage 1", False),
                    ("Stage 2", True),
                    ("Stage 4", False),
                ],
                "explanation": "Stage 2 moves from quiet desperation to emotional experiencing, once behaviour is under "
                "control in stage 1.",
            },
        ],
    },
    "dbt-diary-card-and-chain-analysis": {
        "title": "Diary card and chain analysis",
        "category": (DBT, "Chain analysis"),
        "pass_mark": 75,  # three of four, including the clip
        "questions": [
            {
                "title": "D3 Order of the chain",
                "content": "In what order is a behavioural chain analysis usually worked through?",
                "options": [
                    ("Consequences → links → problem behaviour → vulnerability factors → prompting event", False),
                    (
                        "Prompting event → solution analysis → problem behaviour → links → vulnerability factors → consequences",
                        False,
                    ),
                    (
                        "Problem behaviour → prompting event → vulnerability factors → links → consequences → solution analysis",
                        True,
                    ),
                    ("Solution analysis → problem behaviour → prompting event → links → consequences", False),
                ],
                "explanation": "First pin down the one problem behaviour being analysed, then find the event that "
                "set it off, what made the day harder, the links in between and what followed; solutions come last.",
            },
            {
                "title": "D3 Vulnerability factors",
                "kind": "true_false",
                "content": "Poor sleep and skipped meals on the day before self-harm are prompting events.",
                "is_true": False,
                "explanation": "They are vulnerability factors; the prompting event is what set the chain off.",
            },
            {
                "title": "D3 Solution analysis",
                "content": "What is the main purpose of solution analysis?",
                "options": [
                    ("To show the client the consequences of the behaviour, so she is motivated to change", False),
                    ("To identify the vulnerability factors that made the day harder", False),
                    (
                        "To find where a skill or change could have broken the chain, and plan prevention and repair",
                        True,
                    ),
                    ("To agree a no-harm contract for the coming week", False),
                ],
                "explanation": "Each link is a place where a skill might have worked.",
            },
            {
                "title": "D3 Name the move (video)",
                "kind": "spot_name",
                "clip": "dbt-chain-analysis",
                "time": 27.5,
                "technique": "DBT-VAL",
                "others": ["DBT-CHAIN", "DBT-AGENDA", "SK-TIPP"],
                "content": "Which technique does the therapist use at this moment?",
                "explanation": "The shame and the wish for relief are validated; the self-harm is not approved.",
            },
        ],
    },
    "dbt-suicide-and-self-harm-risk": {
        "title": "Suicidal and self-harming behaviour in DBT",
        "category": (DBT, "Suicidal behaviour"),
        "pass_mark": 80,  # the module is about staying alive: four of five
        "questions": [
            {
                "title": "D-R Mia's acute sign",
                "vignette": "Mia, 24, has rated suicidal ideation at 3 out of 5 most days for months. After a break-up "
                "she bought paracetamol yesterday, has a plan for Saturday and rates her intent at 4 out of 5.",
                "content": "What most clearly signals acute risk?",
                "options": [
                    ("Her ideation at 3 out of 5", False),
                    ("Her borderline diagnosis", False),
                    ("A new plan and means, with intent higher than her usual", True),
                    ("The break-up on its own", False),
                ],
                "explanation": "Change from her own chronic baseline (plan, means, higher intent) marks the acute risk.",
            },
            {
                "title": "D-R The 24-hour rule",
                "content": "What does DBT's 24-hour rule say?",
                "options": [
                    ("No scheduled session for 24 hours after self-harm", False),
                    ("No coaching or extra contact for 24 hours after self-harm; scheduled sessions go ahead", True),
                    ("The individual therapist can be reached 24 hours a day for coaching", False),
                    ("Clients are observed for 24 hours after any act of self-harm", False),
                ],
                "explanation": "Contact right after self-harm could reinforce it, so coaching is for before the act; "
                "sessions continue and serious injury goes to hospital.",
            },
            {
                "title": "D-R First coaching priority",
                "content": "A client calls for coaching with several problems. What comes first?",
                "options": [
                    ("Repairing the relationship with the therapist", False),
                    ("Generalising the skills learned in group", False),
                    ("Letting the client vent until the distress settles", False),
                    ("Suicidal or self-injurious urges", True),
                ],
                "explanation": "Coaching follows the hierarchy: life-threatening behaviour first, then skills, then the "
                "relationship.",
            },
            {
                "title": "D-R Extra time after suicidal talk",
                "content": "Whenever a client mentions suicide, her therapist extends the session by twenty minutes "
                "to comfort her. What is the DBT concern?",
                "options": [
                    ("Extra time straight after suicidal talk can reinforce it", True),
                    ("It breaks the 24-hour rule", False),
                    ("Comfort invalidates the client's distress", False),
                    ("Sessions must never run beyond their scheduled length", False),
                ],
                "explanation": "The therapist's responses are contingencies; the 24-hour rule concerns coaching after "
                "self-harm, not session length.",
            },
            {
                "title": "D-R Low harm, no chain",
                "kind": "true_false",
                "content": "An act of self-injury without suicidal intent that caused little harm needs no chain analysis.",
                "is_true": False,
                "explanation": "Every suicidal or self-injurious act gets a chain analysis; intent and medical severity "
                "are rated separately.",
            },
        ],
    },
    "dbt-validation-and-dialectics": {
        "title": "Validation and dialectical strategies",
        "category": (DBT, "Validation"),
        "pass_mark": 75,  # three of four levels and strategies told apart
        "questions": [
            {
                "title": "D4 Level 4",
                "content": "“Given what happened when you were small, it makes sense you expect people to leave.” "
                "Which level of validation is this?",
                "answer_order": "none",  # levels in their order
                "options": [("Level 2", False), ("Level 3", False), ("Level 4", True), ("Level 6", False)],
                "explanation": "Level 4 validates in terms of the person's history or biology.",
            },
            {
                "title": "D4 Level 5",
                "content": "“Almost anyone would be anxious the night before a court hearing.” What is this?",
                "answer_order": "none",  # levels in their order
                "options": [
                    ("Level 3: reading the unsaid", False),
                    ("Level 5: normalising in the present context", True),
                    ("Level 6: radical genuineness", False),
                    ("Not validation at all", False),
                ],
                "explanation": "Level 5 says the reaction makes sense now, for most people.",
            },
            {
                "title": "D4 Devil's advocate",
                "content": "A client says she is ready to stop self-harming. The therapist replies: “I'm not sure. "
                "It's been your main way of coping; why give it up?” What is this?",
                "options": [
                    ("Invalidation", False),
                    ("Radical acceptance", False),
                    ("Devil's advocate, a commitment and dialectical strategy", True),
                    ("Irreverent communication", False),
                ],
                "explanation": "Arguing against change strengthens the client's own case for it.",
            },
            {
                "title": "D4 Validating is not approving",
                "kind": "true_false",
                "content": "Validating a client's wish for relief means approving of the self-harm.",
                "is_true": False,
                "explanation": "DBT validates what makes sense without approving the behaviour.",
            },
        ],
    },
    "dbt-commitment-and-change": {
        "title": "Assumptions, commitment and change procedures",
        "category": (DBT, "Commitment and change"),
        "pass_mark": 65,  # four of six
        "questions": [
            {
                "title": "D5 A year, then a month",
                "content": "The therapist asks for a year without self-harm, and then accepts the client's offer of a "
                "month. Which commitment strategy is this?",
                "options": [
                    ("Foot in the door", False),
                    ("Door in the face", True),
                    ("Devil's advocate", False),
                    ("Freedom to choose with an absence of alternatives", False),
                ],
                "explanation": "A large request first makes the smaller one look reasonable; foot in the door goes the "
                "other way.",
            },
            {
                "title": "D5 Priya freezes",
                "vignette": "Priya knows DEAR MAN and role-plays it fluently, but each time she reaches her manager's "
                "door she flushes with shame and walks away.",
                "content": "Which change procedure fits?",
                "options": [
                    ("Exposure to the shame that blocks the skill", True),
                    ("Teaching DEAR MAN again", False),
                    ("Contingency management", False),
                    ("Cognitive modification", False),
                ],
                "explanation": "She has the skill; an emotion blocks it. That calls for exposure, not more skills training.",
            },
            {
                "title": "D5 Crisis talk spikes",
                "content": "The team agrees to stop lengthening sessions after crisis talk. For two weeks the client's "
                "crisis talk increases. What is this most likely to be?",
                "options": [
                    ("A sign the treatment has failed", False),
                    ("The effect of punishment", False),
                    ("Shaping by successive approximations", False),
                    ("An extinction burst", True),
                ],
                "explanation": "Behaviour usually rises for a while when its reinforcer stops; giving in at the peak would "
                "reinforce the stronger version.",
            },
            {
                "title": "D5 Court-ordered client",
                "content": "A client is ordered by a court to attend DBT. What does DBT's voluntary stance ask of the "
                "therapist?",
                "options": [
                    ("To proceed as usual, since attendance is ordered", False),
                    ("To refuse all contact until the order lapses", False),
                    ("To make sure the client is free to choose, with a non-DBT option offered", True),
                    ("To require double sessions to build commitment", False),
                ],
                "explanation": "DBT must be chosen; a mandated client is offered another option.",
            },
            {
                "title": "D5 Clients cannot fail",
                "content": "What does the assumption that “clients cannot fail in DBT” mean?",
                "options": [
                    ("All clients recover if they stay in treatment", False),
                    ("When progress stalls, the treatment and the therapist are reviewed, not the client blamed", True),
                    ("Dropping out of DBT is not possible", False),
                    ("There are no targets a client could miss", False),
                ],
                "explanation": "Therapists and the treatment can fail; clients cannot.",
            },
            {
                "title": "D5 Copes in session",
                "content": "A client appears calm and capable in every session, while her diary card shows she falls "
                "apart at home. Which pole of a dialectical dilemma is this?",
                "options": [
                    ("Active passivity", False),
                    ("Inhibited grieving", False),
                    ("Apparent competence", True),
                    ("Self-invalidation", False),
                ],
                "explanation": "Apparent competence: distress hidden behind visible coping, which can lead a therapist to "
                "under-help.",
            },
        ],
    },
    "dbt-mindfulness-and-distress-tolerance": {
        "title": "Mindfulness and distress tolerance",
        "category": (DBT, "Skills"),
        "pass_mark": 75,  # crisis skills are for a crisis: three of four
        "questions": [
            {
                "title": "D5 TIPP",
                "content": "What does TIPP stand for?",
                "options": [
                    ("Temperature, Intense exercise, Paced breathing, Paired muscle relaxation", True),
                    ("Think, Imagine, Plan, Practise", False),
                    ("Tolerate, Ignore, Pause, Proceed", False),
                    ("Temperature, Imagery, Pros and cons, Pause", False),
                ],
                "explanation": "Fast body-based skills to bring very high arousal down.",
            },
            {
                "title": "D5 Wise mind",
                "content": "What does “wise mind” refer to?",
                "options": [
                    ("Reasonable mind taking over from emotion mind", False),
                    ("The integration of emotion mind and reasonable mind", True),
                    ("Trusting one's first emotional reaction", False),
                    ("A state free of emotion, reached through meditation", False),
                ],
                "explanation": "Wise mind holds both emotion and reason.",
            },
            {
                "title": "D5 Crisis survival skills",
                "kind": "mc_multiple",
                "content": "Which of these are distress-tolerance crisis survival skills? Tick all that apply.",
                "options": [
                    ("STOP", True),
                    ("TIPP", True),
                    ("ACCEPTS", True),
                    ("DEAR MAN", False),
                ],
                "explanation": "DEAR MAN belongs to interpersonal effectiveness.",
            },
            {
                "title": "D5 Radical acceptance",
                "content": "What does radical acceptance mainly aim to do?",
                "options": [
                    ("Approve of what happened", False),
                    ("Reduce the suffering that comes from fighting a reality that cannot be changed right now", True),
                    ("Accepting a painful reality so as to stop trying to change it", False),
                    ("Tolerating the situation until problem solving can change it", False),
                ],
                "explanation": "Acceptance is not approval; it ends the extra suffering of non-acceptance.",
            },
        ],
    },
    "dbt-emotion-regulation-and-interpersonal": {
        "title": "Emotion regulation and interpersonal effectiveness",
        "category": (DBT, "Skills"),
        "pass_mark": 60,  # two of three
        "questions": [
            {
                "title": "D6 Opposite action",
                "content": "The client's fear does not fit the facts: the feared situation is safe. Which skill is indicated?",
                "options": [
                    ("Problem solving", False),
                    ("FAST", False),
                    ("Radical acceptance", False),
                    ("Opposite action: approach rather than avoid", True),
                ],
                "explanation": "When an emotion does not fit the facts, act opposite to its urge.",
            },
            {
                "title": "D6 The R in DEAR MAN",
                "content": "In DEAR MAN, what does the “R” stand for?",
                "options": [
                    ("Repeat", False),
                    ("Request", False),
                    ("Reinforce: make clear what the other person gains", True),
                    ("Reflect", False),
                ],
                "explanation": "Describe, Express, Assert, Reinforce; stay Mindful, Appear confident, Negotiate.",
            },
            {
                "title": "D6 Keeping the friendship",
                "content": "The client's top priority is keeping a friendship while turning down a favour. "
                "Which skill set should she add to DEAR MAN?",
                "options": [("FAST", False), ("ACCEPTS", False), ("PLEASE", False), ("GIVE", True)],
                "explanation": "GIVE is for the relationship; FAST is for self-respect.",
            },
        ],
    },
    "dbt-skills-group-and-coaching": {
        "title": "The skills group, homework and phone coaching",
        "category": (DBT, "Skills group"),
        "pass_mark": 60,  # two of three
        "questions": [
            {
                "title": "D7 Which group is this?",
                "vignette": "Members sit facing a whiteboard. The leader goes round reviewing last week's "
                "diary-card practice, then teaches “opposite action” from a handout and sets homework. When two "
                "members start bickering, the leader briefly asks them to use a skill and carries on teaching.",
                "content": "What kind of group is this?",
                "options": [
                    ("An MBT group", False),
                    ("A DBT skills training group", True),
                    ("A psychodynamic process group", False),
                    ("An MBT-I introductory group", False),
                ],
                "explanation": "A seminar format; group process is used only to practise skills.",
            },
            {
                "title": "D7 Practice between sessions",
                "content": "In DBT, what does the client's practice between skills-group sessions do?",
                "options": [
                    ("Nothing essential: a skill is mastered once it has been taught in the group", False),
                    ("It replaces the group for clients who would rather learn alone", False),
                    ("It is optional, and the individual therapist leaves it unreviewed", False),
                    (
                        "It strengthens the skills taught in the group and carries them into daily life, recorded on the diary card",
                        True,
                    ),
                ],
                "explanation": "Skills are taught and first acquired in the group; practice in daily life strengthens "
                "and generalises them, and the diary card keeps it visible.",
            },
            {
                "title": "D7 Phone coaching",
                "content": "What is phone coaching mainly for?",
                "options": [
                    ("Long supportive conversations", False),
                    ("Brief coaching to use skills in daily life, especially in a crisis", True),
                    ("An emergency service replacing crisis teams", False),
                    ("Processing the day's events with the therapist in depth", False),
                ],
                "explanation": "Coaching generalises skills; it is not an emergency service.",
            },
        ],
    },
    "dbt-fidelity-and-evidence": {
        "title": "DBT fidelity, certification and evidence",
        "category": (DBT, "Fidelity and evidence"),
        "pass_mark": 60,  # two of three, under a time limit
        "time_limit": 15,
        "reveal_answers": "at_end",
        "questions": [
            {
                "title": "D8 Intensive training",
                "content": "Which statement about Behavioral Tech's DBT Intensive Training is correct?",
                "options": [
                    ("It is an online course for individuals", False),
                    ("It is team-based, with two 5-day parts separated by months of implementation", True),
                    ("It leads directly to certification", False),
                    ("It is a single 10-day course for individual clinicians", False),
                ],
                "explanation": "Teams train together and implement between the two parts.",
            },
            {
                "title": "D8 Work product",
                "content": "What is DBT-LBC's “work product”?",
                "options": [
                    ("A written exam on the treatment manual", False),
                    ("Patient questionnaires", False),
                    ("A written case conceptualisation of one client", False),
                    ("Recorded therapy sessions (three in a row) reviewed for adherence", True),
                ],
                "explanation": "Certification reviews real recorded sessions.",
            },
            {
                "title": "D8 Not significant",
                "content": "In the Cochrane pooled data, which DBT vs TAU outcome did not reach significance?",
                "options": [
                    ("BPD severity", False),
                    ("Suicide-related outcomes", True),
                    ("Self-harm", False),
                    ("Psychosocial functioning", False),
                ],
                "explanation": "Suicide-related outcomes: SMD −0.23, with a confidence interval crossing 0. An interval that includes 0 means the pooled effect is not significant.",
            },
        ],
    },
    # Cross-training strand ------------------------------------------------------------------
    "cross-bpd-specific-treatment": {
        "title": "What makes a treatment BPD-specific",
        "category": (CROSS, "BPD-specific treatment"),
        "pass_mark": 60,  # open to visitors: two of three
        "allow_anonymous": True,
        "questions": [
            {
                "title": "X1 Combinations",
                "content": "How many combinations of the DSM criteria can lead to a BPD diagnosis?",
                "answer_order": "none",  # numbers in ascending order
                "options": [("9", False), ("56", False), ("126", False), ("256", True)],
                "explanation": "Any 5 of 9 criteria: 256 combinations, hence the heterogeneity.",
            },
            {
                "title": "X1 Common elements",
                "content": "Which is not one of the common elements of BPD-specific therapies?",
                "options": [
                    ("A clear treatment framework", False),
                    ("Attention to affective experience", False),
                    ("An active therapist", False),
                    ("Systematic interpretation of unconscious conflict", True),
                ],
                "explanation": "Both DBT and MBT dispense with interpretation.",
            },
            {
                "title": "X1 Certainty of the evidence",
                "content": "How is the Cochrane evidence for BPD-specific therapy against usual care best summarised?",
                "options": [
                    ("Small-to-moderate significant effects, low-to-moderate certainty", True),
                    ("Large effects, high certainty", False),
                    ("Large effects, low certainty", False),
                    ("Moderate effects, high certainty", False),
                ],
                "explanation": "The effects are real but the certainty is limited.",
            },
        ],
    },
    "cross-same-different-complementary": {
        "title": "Same, different, complementary",
        "category": (CROSS, "Comparison"),
        "pass_mark": 60,  # two of three
        "questions": [
            {
                "title": "X2 Use of the relationship",
                "content": "Which statement best captures how each model uses the therapeutic relationship?",
                "options": [
                    ("Both use it mainly for interpretation", False),
                    ("Both use it mainly to support skills coaching", False),
                    ("DBT explores it in real time; MBT uses it to coach skills", False),
                    (
                        "MBT explores and trains mentalizing in it in real time; DBT uses it mainly to support skills coaching",
                        True,
                    ),
                ],
                "explanation": "The same relationship, two purposes.",
            },
            {
                "title": "X2 The core of BPD",
                "content": "A colleague says both treatments see the core of BPD as emotion dysregulation. "
                "What is the most accurate correction?",
                "options": [
                    (
                        "DBT puts disturbed affect regulation at the core; MBT puts failed mentalizing, rooted in insecure attachment, at the core",
                        True,
                    ),
                    ("Both see trauma as the core", False),
                    ("MBT puts emotion dysregulation at the core; DBT puts failed mentalizing there", False),
                    ("Both put insecure attachment at the core", False),
                ],
                "explanation": "The theories differ even where the goals overlap.",
            },
            {
                "title": "X2 Shared features",
                "kind": "mc_multiple",
                "content": "Which of these do DBT and MBT share, according to the review? Tick all that apply.",
                "options": [
                    ("A treatment team", True),
                    ("Individual and group work combined", True),
                    ("Work in the here and now", True),
                    ("Interpretation as a main technique", False),
                ],
                "explanation": "Both dispense with interpretation.",
            },
        ],
    },
    "cross-group-formats": {
        "title": "Group formats compared",
        "category": (CROSS, "Group formats"),
        "pass_mark": 70,  # the essay carries five of seven points
        "questions": [
            {
                "title": "X Groups: exploring conflict",
                "content": "A conflict erupts between two group members. Which model would explore it as a "
                "chance to build mentalizing?",
                "options": [
                    ("DBT skills training, which explores all group processes in depth", False),
                    ("MBT-G; DBT uses group processes only to practise skills", True),
                    ("Neither: both redirect conflict to individual therapy", False),
                    ("Both equally, as a core part of group work", False),
                ],
                "explanation": "MBT-G uses group process; the DBT skills group redirects to the skill.",
            },
            {
                "title": "X Groups: seminar or therapy",
                "kind": "true_false",
                "content": "DBT calls its group “skills training” rather than group therapy, and it feels like a seminar.",
                "is_true": True,
                "explanation": "Skills are introduced from the manual and practised between sessions.",
            },
            {
                "title": "X Groups: compare in writing",
                "kind": "essay",
                "points": 5,
                "content": "In about 150 words, compare an MBT group with a DBT skills group: setting, what the "
                "leader does, and what happens to conflict between members.",
                "rubric": "Circle, empty chair and no teaching in MBT-G\nSeminar, handout and homework in DBT\n"
                "Conflict explored in MBT-G, redirected to skills in DBT",
                "explanation": "The two group formats differ in kind, not just in style.",
            },
        ],
    },
    "cross-reading-the-evidence": {
        "title": "Reading the evidence",
        "category": (CROSS, "Evidence"),
        "pass_mark": 60,  # two of three
        "questions": [
            {
                "title": "X3 RR 0.10",
                "content": "MBT vs TAU, suicidal behaviour: RR 0.10 [0.04, 0.30], 3 trials, 218 participants. "
                "What is the best reading?",
                "options": [
                    ("Proof that MBT prevents suicide, since the reduction is large", False),
                    ("Not significant, because the confidence interval is wide", False),
                    ("A large, significant pooled reduction that rests on few small trials", True),
                    ("A small reduction, too small to matter clinically", False),
                ],
                "explanation": "Strong enough to act on, not strong enough to oversell.",
            },
            {
                "title": "X3 Crossing zero",
                "kind": "true_false",
                "content": "An SMD of −0.23 with a 95% confidence interval from −0.68 to 0.23 is statistically significant.",
                "is_true": False,
                "explanation": "The interval includes 0, so the result is not significant.",
            },
            {
                "title": "X3 Indirect comparison",
                "content": "Why is it hard to compare DBT and MBT indirectly?",
                "options": [
                    ("Their trials traditionally measured different outcomes", True),
                    ("They were never tested against usual care", False),
                    ("They treat different disorders", False),
                    ("There are too few DBT trials for any comparison", False),
                ],
                "explanation": "Impulsivity and anger in DBT trials; interpersonal functioning and general symptoms in MBT trials.",
            },
        ],
    },
    "cross-sequencing-and-formulation": {
        "title": "Sequencing and case formulation",
        "category": (CROSS, "Sequencing"),
        "pass_mark": 75,  # the formulation essay carries five of eight points
        "questions": [
            {
                "title": "X4 Lena",
                "vignette": "Lena, 24, cuts three to four times a week, went to the emergency department twice "
                "last month after overdoses, and keeps missing sessions because of crises. She also describes "
                "stormy relationships.",
                "content": "Following the review, what is the most defensible plan?",
                "options": [
                    (
                        "Start with DBT to reduce self-harm and crises and build distress tolerance, then consider MBT "
                        "for persistent relational difficulties, within a shared case formulation",
                        True,
                    ),
                    ("Start with MBT to address the relationships, and add DBT skills only if crises continue", False),
                    ("Start with medication to stabilise mood, then offer DBT skills training only", False),
                    ("Offer both full treatments at once, so that no time is lost", False),
                ],
                "explanation": "Destructive behaviour first; the consensus sequence is DBT followed by MBT.",
            },
            {
                "title": "X4 Omar",
                "vignette": "After 12 months of DBT, Omar has not self-harmed for six months and uses skills well. "
                "But he keeps misreading his partner's intentions, and conflicts escalate within minutes. He says: "
                "“I know the skills, I just don't get what's going on in her head.”",
                "content": "Which next step does the review propose for a client like Omar?",
                "options": [
                    ("Consider MBT to follow or augment DBT, for mentalizing in relationships", True),
                    ("Repeat the whole DBT skills group, since he needs the skills again", False),
                    ("End treatment, since the DBT targets have now been met", False),
                    ("Add more chain analyses, focused on the conflicts with his partner", False),
                ],
                "explanation": "The review proposes, from clinical consensus rather than trials, that once behaviour is "
                "stable MBT may follow or augment DBT; only one small non-randomised study has tested a combination.",
            },
            {
                "title": "X4 The prerequisite",
                "content": "A DBT team wants to “add some MBT” for a client. What does the review name as the prerequisite?",
                "options": [
                    ("Full MBT certification for the team", False),
                    ("The client's agreement to stop DBT", False),
                    ("A coherent case formulation with individual goals and a transparent treatment structure", True),
                    ("A supervisor trained in both MBT and DBT for every clinician", False),
                ],
                "explanation": "Borrowing techniques only makes sense inside a coherent formulation.",
            },
            {
                "title": "X4 Dana",
                "vignette": "Dana, 31, has moved from crisis to crisis for a year: overdoses, police contact, "
                "three admissions. Between crises she is warm and reflective in sessions.",
                "kind": "essay",
                "points": 5,
                "content": "Write a short case formulation and a sequencing plan for Dana, with your reasons.",
                "rubric": "States severity and the destructive behaviours\nSequences DBT-style crisis work first\n"
                "Names when MBT or GPM might follow\nKeeps a shared, transparent formulation",
                "explanation": "Frequent crises impair reflective function, so stabilisation comes first.",
            },
        ],
    },
    "cross-suicide-and-self-harm-risk": {
        "title": "Suicide and self-harm risk across the models",
        "category": (CROSS, "Risk"),
        "pass_mark": 80,  # what every trainee must know about risk: five of six, the clip included
        "questions": [
            {
                "title": "X-R Asking directly",
                "content": "Asking a patient directly whether they are thinking of suicide…",
                "options": [
                    ("can put the idea into the mind of someone who had not had it", False),
                    ("is best left to a psychiatrist", False),
                    ("should wait until the alliance is well established", False),
                    ("has not been shown to raise suicidal thinking", True),
                ],
                "explanation": "More than a dozen studies found that asking does not raise suicidal ideation.",
            },
            {
                "title": "X-R Not a safety-plan step",
                "content": "Which of these is not a step of the Stanley–Brown safety plan?",
                "options": [
                    ("A signed promise not to attempt suicide", True),
                    ("Recognising one's own warning signs", False),
                    ("Internal coping strategies", False),
                    ("Making the environment safer", False),
                ],
                "explanation": "The six steps contain no no-suicide contract; making means safer is the last step.",
            },
            {
                "title": "X-R Risk scales",
                "content": "What does NICE's self-harm guideline (NG225, 2022) say about risk assessment tools and scales?",
                "options": [
                    ("They should guide decisions about admission", False),
                    ("Every patient should be rated low, medium or high risk with one", False),
                    ("They should not be used to predict suicide or to decide who gets treatment", True),
                    ("They suit emergency departments but not community teams", False),
                ],
                "explanation": "NG225 advises against using tools, scales or low/medium/high ratings to predict suicide "
                "or to allocate care; assess needs and safety instead.",
            },
            {
                "title": "X-R Self-injury and attempts",
                "kind": "mc_multiple",
                "content": "Which statements about self-injury without suicidal intent and suicide attempts are right? "
                "Tick all that apply.",
                "options": [
                    ("They differ in intent, form and function", True),
                    ("An act without suicidal intent needs no medical assessment", False),
                    ("They often occur in the same person", True),
                    ("Intent and medical severity are rated separately", True),
                    ("Low intent means low lethality", False),
                ],
                "explanation": "They differ but often co-occur; a low-intent act can still be medically serious, so "
                "intent and severity are rated separately.",
            },
            {
                "title": "X-R Admission",
                "kind": "true_false",
                "content": "Admission to hospital has been shown to prevent suicide in chronically suicidal patients with "
                "a borderline diagnosis.",
                "is_true": False,
                "explanation": "It has not been shown to, can do harm, and should not be driven by fear of litigation; "
                "crisis services come first, and imminent risk follows the service's emergency pathway.",
            },
            {
                "title": "X-R Mark the direct question (video)",
                "kind": "spot_moment",
                "clip": "rupture-mbt",
                "time": 45.9,
                "tolerance": 4,
                "technique": "X-RISK",
                "content": "Watch the clip and mark the moment where the therapist asks directly about suicide.",
                "explanation": "Once arousal has eased, the therapist asks plainly whether the patient was thinking of "
                "killing themselves, then about intent, plans, means and past attempts.",
            },
        ],
    },
    "cross-borrowing-micro-skills": {
        "title": "Borrowing micro-skills safely",
        "category": (CROSS, "Augmentation"),
        "pass_mark": 75,  # three of four, including the clip
        "questions": [
            {
                "title": "X5 Vacation rupture",
                "vignette": "In a DBT individual session the therapist mentions an upcoming holiday. The patient "
                "snaps: “So you're dumping me too.” Arousal is moderate.",
                "content": "Which MBT micro-tool is most useful here?",
                "options": [
                    ("Interpret the reaction as a repetition of earlier abandonments", False),
                    ("Note the shift and return to the agenda, to keep the session's structure", False),
                    (
                        "Stop, rewind to just before the shift, and explore together what happened in the patient's "
                        "mind and in the interaction, including the therapist's part",
                        True,
                    ),
                    ("Reassure the patient that the break does not mean you are leaving her", False),
                ],
                "explanation": "Stop–rewind–explore, with openness to the therapist's own contribution.",
            },
            {
                "title": "X5 Mentalizing inside DBT",
                "kind": "mc_multiple",
                "content": "Which DBT elements does the review say already involve mentalizing? Tick all that apply.",
                "options": [
                    ("Beginner's mind", True),
                    ("Non-judging validation", True),
                    ("Chain analysis", True),
                    ("Contingency management", False),
                ],
                "explanation": "DBT already contains mentalizing-like elements.",
            },
            {
                "title": "X5 DBT plus MBT",
                "content": "The one study comparing DBT alone with DBT plus MBT found a difference in:",
                "options": [
                    ("Self-harm", False),
                    ("Drop-out", False),
                    ("Affective mentalizing", True),
                    ("Depression", False),
                ],
                "explanation": "A single non-randomised inpatient study; the evidence gap remains.",
            },
            {
                "title": "X5 Mark the rupture repair (video)",
                "kind": "spot_moment",
                "clip": "rupture-mbt",
                "time": 23.8,
                "tolerance": 4,
                "technique": "MBT-OWN",
                "content": "Mark the moment where the therapist owns their part in the rupture.",
                "explanation": "The therapist acknowledges their own contribution before exploring further.",
            },
        ],
    },
    "cross-watching-role-play": {
        "title": "Watching role-play like a rater",
        "category": (CROSS, "Rating role-play"),
        "pass_mark": 75,  # three of four, including the clip
        "questions": [
            {
                "title": "X6 Adherence",
                "content": "According to DBT adherence researchers, what does “adherence” describe?",
                "options": [
                    ("How much the patient improves over the treatment", False),
                    ("The patient's attendance", False),
                    ("The therapist's overall skill", False),
                    ("A single session's fidelity to the manual, which is not the same as competence", True),
                ],
                "explanation": "Adherence and competence are different things.",
            },
            {
                "title": "X6 Self-ratings",
                "content": "What does research say about therapists rating their own DBT sessions?",
                "options": [
                    ("Self-ratings match observers closely", False),
                    ("Self-ratings are always too harsh", False),
                    (
                        "Agreement with trained observers was very low on average, though some therapists were accurate",
                        True,
                    ),
                    ("Self-ratings become accurate once therapists are certified", False),
                ],
                "explanation": "Self-ratings need calibration against expert ratings.",
            },
            {
                "title": "X6 Sessions per therapist",
                "content": "How many sessions are needed for a dependable DBT adherence score per therapist?",
                "answer_order": "none",  # numbers in ascending order
                "options": [("1", False), ("2–3", False), ("9–15", True), ("50", False)],
                "explanation": "One session says little about a therapist's typical adherence.",
            },
            {
                "title": "X6 Name the move (video)",
                "kind": "spot_name",
                "clip": "rupture-dbt",
                "time": 64.4,
                "technique": "DBT-TIB",
                "others": ["DBT-VAL", "DBT-CHAIN", "DBT-BAL"],
                "content": "Which technique is the therapist using at this moment?",
                "explanation": "The missed session is named and treated as therapy-interfering behaviour.",
            },
        ],
    },
}
