"""The demo question bank, one quiz per curriculum module, written from the curriculum brief's facts.

Options are (text, correct); a third item is a weight in percent for partial credit.
"""

# Learner-facing prose uses typographic dashes and quotation marks, and long sentences stay on one line.
# ruff: noqa: E501

MBT, DBT, CROSS = "MBT", "DBT", "Cross-training"

QUIZZES = {
    # MBT track ------------------------------------------------------------------------------
    "mbt-mentalizing-and-bpd": {
        "title": "Mentalizing and the MBT model: check your understanding",
        "category": (MBT, "Model of BPD"),
        "questions": [
            {
                "title": "M1 Roots of MBT",
                "content": "Which theoretical tradition does MBT mainly grow out of?",
                "options": [
                    ("Learning theory combined with dialectical philosophy", False),
                    ("Developmental psychopathology: attachment theory together with theory of mind", True),
                    ("Object-relations theory in Kernberg's tradition", False),
                    ("Cognitive schema theory", False),
                ],
                "explanation": "MBT builds on Bowlby's attachment theory and theory of mind. Learning theory and "
                "dialectics are DBT's foundations.",
            },
            {
                "title": "M1 Epistemic trust",
                "content": "What does “epistemic trust” mean?",
                "options": [
                    ("Trusting that the therapist will keep what is said confidential", False),
                    (
                        "Being ready to take what someone tells you as reliable and relevant to you, so you can learn from it",
                        True,
                    ),
                    ("The therapist's confidence that the diagnosis is right", False),
                    ("One of DBT's commitment strategies", False),
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
        "questions": [
            {
                "title": "M2 Psychic equivalence",
                "vignette": "A patient says: “He didn't text back, so he hates me. I could feel it. "
                "There's no other way to read it.”",
                "content": "Which mode dominates here?",
                "options": [
                    ("Pretend mode", False),
                    ("Psychic equivalence", True),
                    ("Teleological mode", False),
                    ("Good mentalizing", False),
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
                    ("Secure attachment", False),
                ],
                "explanation": "Words cut off from lived reality are the signature of pretend mode.",
            },
            {
                "title": "M2 Teleological mode",
                "content": "“If she really cared she would have driven over at 2 a.m.” Which mode does this illustrate?",
                "options": [
                    ("Psychic equivalence", False),
                    ("Pretend mode", False),
                    ("Teleological mode", True),
                    ("Hypervigilance", False),
                ],
                "explanation": "Care only counts when it is proven by a physical act.",
            },
        ],
    },
    "mbt-mentalizing-stance": {
        "title": "The mentalizing stance",
        "category": (MBT, "Stance"),
        "questions": [
            {
                "title": "M3 Not-knowing response",
                "content": "Which response best shows the not-knowing stance?",
                "options": [
                    ("“You're clearly projecting your anger at your mother onto him.”", False),
                    ("“I'm not sure I've followed. What went through your mind when he didn't reply?”", True),
                    ("“You should use a skill when that happens.”", False),
                    ("“That must be because of your childhood.”", False),
                ],
                "explanation": "Genuine curiosity about the patient's mind; the others interpret or direct.",
            },
            {
                "title": "M3 Warmth on the adherence scale",
                "content": "How does Karterud's MBT adherence scale treat “engagement, interest and warmth”?",
                "options": [
                    ("It is expected throughout, so it is not scored for adherence", True),
                    ("It is scored only in group sessions", False),
                    ("It is a DBT item", False),
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
        "questions": [
            {
                "title": "M4 Where to rewind",
                "content": "In stop–rewind–explore, where does the therapist rewind to?",
                "options": [
                    ("The patient's earliest childhood memory", False),
                    ("The moment just before mentalizing was lost, to explore the states of mind then", True),
                    ("The last skills homework", False),
                    ("The start of the session", False),
                ],
                "explanation": "The technique returns to the last point where mentalizing still worked.",
            },
            {
                "title": "M4 High arousal",
                "vignette": "A patient is shouting that the therapist “is just like everyone else”.",
                "content": "What is usually the best first move?",
                "options": [
                    ("A transference interpretation linking the therapist to the father", False),
                    ("Empathic validation and lowering arousal before exploring", True),
                    ("A humorous challenge", False),
                    ("A psychoeducational point about attachment", False),
                ],
                "explanation": "At high arousal mentalizing is offline, so complex interventions do not land.",
            },
            {
                "title": "M4 Basic training content",
                "content": "Which set of techniques does the Anna Freud basic training description name?",
                "options": [
                    ("Chain analysis, diary card, DEAR MAN", False),
                    ("Clarification, challenge, basic mentalizing", True),
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
                "time": 34.1,
                "tolerance": 3,
                "technique": "MBT-SRE",
                "content": "Watch the clip and mark the moment where the therapist uses stop–rewind–explore.",
                "explanation": "Just after the patient's certainty peaks, the therapist stops and rewinds to Sunday night.",
            },
        ],
    },
    "mbt-mentalizing-the-relationship": {
        "title": "Mentalizing the relationship",
        "category": (MBT, "Relationship"),
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
                    ("“Let's do a chain analysis.”", False),
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
                    ("is avoided in MBT", False),
                ],
                "explanation": "MBT uses the live relationship to train mentalizing and does not rely on interpretation.",
            },
            {
                "title": "M5 DBT's use of the relationship",
                "content": "According to the review, what does DBT mainly use the therapeutic relationship for?",
                "options": [
                    ("Interpreting transference", False),
                    ("Supporting skills coaching", True),
                    ("Re-parenting", False),
                    ("Studying group processes", False),
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
        "questions": [
            {
                "title": "M6 Which group is this?",
                "vignette": "The chairs are in a circle, one left empty for an absent member. There is no "
                "flipchart. A member describes an argument with her sister since last week, and the leaders ask "
                "the others what they imagine each sister was feeling.",
                "content": "What kind of group is this?",
                "options": [
                    ("A DBT skills training group", False),
                    ("An MBT group (MBT-G)", True),
                    ("MBT-I", False),
                    ("A DBT consultation team", False),
                ],
                "explanation": "Circle, empty chair, no teaching and mentalizing about an incident define MBT-G.",
            },
            {
                "title": "M6 MBT-I",
                "content": "How is MBT-I best described?",
                "options": [
                    ("An open-ended process group", False),
                    (
                        "A time-limited, educational introductory group on mentalizing, emotions, attachment and personality disorder",
                        True,
                    ),
                    ("A crisis-coaching service", False),
                    ("Individual MBT for adolescents", False),
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
        "exam_paper": True,
        "reveal_answers": "at_end",
        "pass_mark": 60,
        "questions": [
            {
                "title": "M7 Training steps",
                "content": "What is the order of the Anna Freud MBT training steps?",
                "options": [
                    ("Practitioner course, then basic course, then supervision", False),
                    (
                        "Basic course, then supervised practice with an approved supervisor, then the practitioner certificate course",
                        True,
                    ),
                    ("An online quiz, then certification", False),
                    ("Supervision only", False),
                ],
                "explanation": "Basic course → supervision → practitioner certificate course.",
            },
            {
                "title": "M7 Quality lab feedback",
                "content": "How does the Norwegian MBT quality lab give feedback?",
                "options": [
                    ("Through patient satisfaction surveys", False),
                    (
                        "By rating therapists' own session videos on the MBT scale, with written feedback from two raters' consensus",
                        True,
                    ),
                    ("Through multiple-choice exams", False),
                    ("By live observation only", False),
                ],
                "explanation": "Therapists send recordings; two raters agree a written feedback profile.",
            },
            {
                "title": "M7 MBT-RACS agreement",
                "content": "How well did two coders agree on total adherence in the MBT-RACS reliability study?",
                "options": [
                    ("Poorly (ICC below .40)", False),
                    ("Moderately (ICC about .55)", False),
                    ("Highly (ICC about .84 for group and .95 for individual sessions)", True),
                    ("It was not reported", False),
                ],
                "explanation": "126 recorded sessions, 17 coders; agreement was high.",
            },
        ],
    },
    # DBT track ------------------------------------------------------------------------------
    "dbt-biosocial-theory": {
        "title": "Biosocial theory and dialectics",
        "category": (DBT, "Theory"),
        "questions": [
            {
                "title": "D1 Temperament",
                "content": "Which temperamental features does the biosocial theory stress?",
                "options": [
                    ("Low sensitivity and quick recovery", False),
                    ("High sensitivity, intense reactions and a slow return to baseline", True),
                    ("Mainly cognitive distortions", False),
                    ("Weak attachment needs", False),
                ],
                "explanation": "Emotional vulnerability: sensitive, intense, slow to settle.",
            },
            {
                "title": "D1 The social part",
                "content": "What does the “social” part of the biosocial theory mainly refer to?",
                "options": [
                    ("Peer pressure in adolescence", False),
                    ("An invalidating environment, including chronic invalidation, abuse or neglect", True),
                    ("Social anxiety", False),
                    ("Unemployment", False),
                ],
                "explanation": "Vulnerability meets an environment that repeatedly invalidates the person's experience.",
            },
            {
                "title": "D1 Acceptance and change",
                "content": "“It makes sense you cut. The pain was unbearable. And we have to find another way, "
                "because cutting is keeping you stuck.” What does this utterance mainly show?",
                "options": [
                    ("Psychic equivalence", False),
                    ("Balancing acceptance (validation) with change (problem solving)", True),
                    ("An irreverent challenge", False),
                    ("Radical acceptance of the self-harm", False),
                ],
                "explanation": "The core dialectic of DBT in one sentence.",
            },
        ],
    },
    "dbt-structure-and-targets": {
        "title": "DBT structure, modes and targets",
        "category": (DBT, "Structure"),
        "questions": [
            {
                "title": "D2 Four modes",
                "content": "What are the four modes of standard DBT?",
                "options": [
                    ("Individual therapy, skills group, phone coaching, consultation team", True),
                    ("Individual therapy, family therapy, medication, inpatient care", False),
                    ("Skills group, psychoeducation, mindfulness retreat, peer support", False),
                    ("Assessment, formulation, treatment, follow-up", False),
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
                    ("The imminent risk tonight, then the cutting episode", True),
                    ("Her homework", False),
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
        ],
    },
    "dbt-diary-card-and-chain-analysis": {
        "title": "Diary card and chain analysis",
        "category": (DBT, "Chain analysis"),
        "questions": [
            {
                "title": "D3 Order of the chain",
                "content": "What is the order of a behavioural chain analysis?",
                "options": [
                    ("Consequences → behaviour → prompting event → vulnerabilities", False),
                    (
                        "Vulnerability factors → prompting event → links → problem behaviour → consequences → solution analysis",
                        True,
                    ),
                    ("Prompting event → solution analysis → vulnerabilities", False),
                    ("Links → consequences → behaviour", False),
                ],
                "explanation": "From what made the person vulnerable to what followed, then solutions.",
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
                    ("To decide who is to blame", False),
                    (
                        "To find where a skill or change could have broken the chain, and plan prevention and repair",
                        True,
                    ),
                    ("To list consequences", False),
                    ("To end the session", False),
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
    "dbt-validation-and-dialectics": {
        "title": "Validation and dialectical strategies",
        "category": (DBT, "Validation"),
        "questions": [
            {
                "title": "D4 Level 4",
                "content": "“Given what happened when you were small, it makes sense you expect people to leave.” "
                "Which level of validation is this?",
                "options": [("Level 1", False), ("Level 2", False), ("Level 4", True), ("Level 6", False)],
                "explanation": "Level 4 validates in terms of the person's history or biology.",
            },
            {
                "title": "D4 Level 5",
                "content": "“Almost anyone would be anxious the night before a court hearing.” What is this?",
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
                    ("Devil's advocate, a commitment and dialectical strategy", True),
                    ("Radical acceptance", False),
                    ("Chain analysis", False),
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
    "dbt-mindfulness-and-distress-tolerance": {
        "title": "Mindfulness and distress tolerance",
        "category": (DBT, "Skills"),
        "questions": [
            {
                "title": "D5 TIPP",
                "content": "What does TIPP stand for?",
                "options": [
                    ("Think, Imagine, Plan, Practise", False),
                    ("Temperature, Intense exercise, Paced breathing, Paired muscle relaxation", True),
                    ("Tolerate, Ignore, Pause, Proceed", False),
                    ("Trust, Interest, Patience, Praise", False),
                ],
                "explanation": "Fast body-based skills to bring very high arousal down.",
            },
            {
                "title": "D5 Wise mind",
                "content": "What does “wise mind” refer to?",
                "options": [
                    ("Pure logic", False),
                    ("The integration of emotion mind and reasonable mind", True),
                    ("The therapist's expertise", False),
                    ("Meditation without thoughts", False),
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
                    ("Give up on goals", False),
                    ("Suppress emotions", False),
                ],
                "explanation": "Acceptance is not approval; it ends the extra suffering of non-acceptance.",
            },
        ],
    },
    "dbt-emotion-regulation-and-interpersonal": {
        "title": "Emotion regulation and interpersonal effectiveness",
        "category": (DBT, "Skills"),
        "questions": [
            {
                "title": "D6 Opposite action",
                "content": "The client's fear does not fit the facts: the feared situation is safe. Which skill is indicated?",
                "options": [
                    ("Problem solving", False),
                    ("Opposite action: approach rather than avoid", True),
                    ("Radical acceptance", False),
                    ("FAST", False),
                ],
                "explanation": "When an emotion does not fit the facts, act opposite to its urge.",
            },
            {
                "title": "D6 The R in DEAR MAN",
                "content": "In DEAR MAN, what does the “R” stand for?",
                "options": [
                    ("Repeat", False),
                    ("Reinforce: make clear what the other person gains", True),
                    ("Relax", False),
                    ("Reflect", False),
                ],
                "explanation": "Describe, Express, Assert, Reinforce; stay Mindful, Appear confident, Negotiate.",
            },
            {
                "title": "D6 Keeping the friendship",
                "content": "The client's top priority is keeping a friendship while turning down a favour. "
                "Which skill set should she add to DEAR MAN?",
                "options": [("FAST", False), ("GIVE", True), ("PLEASE", False), ("ACCEPTS", False)],
                "explanation": "GIVE is for the relationship; FAST is for self-respect.",
            },
        ],
    },
    "dbt-skills-group-and-coaching": {
        "title": "The skills group, homework and phone coaching",
        "category": (DBT, "Skills group"),
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
                    ("MBT-I", False),
                ],
                "explanation": "A seminar format; group process is used only to practise skills.",
            },
            {
                "title": "D7 Where skills are learned",
                "content": "In DBT, where are skills mainly acquired?",
                "options": [
                    ("In the group session itself", False),
                    ("Between sessions, through practice recorded on the diary card", True),
                    ("In the consultation team", False),
                    ("In phone calls only", False),
                ],
                "explanation": "The real learning happens in daily practice between sessions.",
            },
            {
                "title": "D7 Phone coaching",
                "content": "What is phone coaching mainly for?",
                "options": [
                    ("Long supportive conversations", False),
                    ("Brief coaching to use skills in daily life, especially in a crisis", True),
                    ("An emergency service replacing crisis teams", False),
                    ("Scheduling sessions", False),
                ],
                "explanation": "Coaching generalises skills; it is not an emergency service.",
            },
        ],
    },
    "dbt-fidelity-and-evidence": {
        "title": "DBT fidelity, certification and evidence",
        "category": (DBT, "Fidelity and evidence"),
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
                    ("It lasts one weekend", False),
                ],
                "explanation": "Teams train together and implement between the two parts.",
            },
            {
                "title": "D8 Work product",
                "content": "What is DBT-LBC's “work product”?",
                "options": [
                    ("A written exam", False),
                    ("Recorded therapy sessions (three in a row) reviewed for adherence", True),
                    ("A case report", False),
                    ("Patient questionnaires", False),
                ],
                "explanation": "Certification reviews real recorded sessions.",
            },
            {
                "title": "D8 Not significant",
                "content": "In the Cochrane pooled data, which DBT vs TAU outcome did not reach significance?",
                "options": [
                    ("BPD severity", False),
                    ("Self-harm", False),
                    ("Suicide-related outcomes (SMD −0.23, confidence interval crossing 0)", True),
                    ("Psychosocial functioning", False),
                ],
                "explanation": "An interval that includes 0 means the pooled effect is not significant.",
            },
        ],
    },
    # Cross-training strand ------------------------------------------------------------------
    "cross-bpd-specific-treatment": {
        "title": "What makes a treatment BPD-specific",
        "category": (CROSS, "BPD-specific treatment"),
        "allow_anonymous": True,
        "questions": [
            {
                "title": "X1 Combinations",
                "content": "How many combinations of the DSM criteria can lead to a BPD diagnosis?",
                "options": [("9", False), ("56", False), ("256", True), ("1,024", False)],
                "explanation": "Any 5 of 9 criteria: 256 combinations, hence the heterogeneity.",
            },
            {
                "title": "X1 Common elements",
                "content": "Which is not one of the common elements of BPD-specific therapies?",
                "options": [
                    ("A clear treatment framework", False),
                    ("Attention to affective experience", False),
                    ("Systematic interpretation of unconscious conflict", True),
                    ("An active therapist", False),
                ],
                "explanation": "Both DBT and MBT dispense with interpretation.",
            },
            {
                "title": "X1 Certainty of the evidence",
                "content": "How is the Cochrane evidence for BPD-specific therapy against usual care best summarised?",
                "options": [
                    ("Large effects, high certainty", False),
                    ("Small-to-moderate significant effects, low-to-moderate certainty", True),
                    ("No effect", False),
                    ("Harmful", False),
                ],
                "explanation": "The effects are real but the certainty is limited.",
            },
        ],
    },
    "cross-same-different-complementary": {
        "title": "Same, different, complementary",
        "category": (CROSS, "Comparison"),
        "questions": [
            {
                "title": "X2 Use of the relationship",
                "content": "Which statement best captures how each model uses the therapeutic relationship?",
                "options": [
                    ("Both use it mainly for interpretation", False),
                    (
                        "MBT explores and trains mentalizing in it in real time; DBT uses it mainly to support skills coaching",
                        True,
                    ),
                    ("DBT explores it in real time; MBT ignores it", False),
                    ("Neither uses it", False),
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
                    ("MBT puts skills deficits at the core", False),
                    ("The colleague is right", False),
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
        "questions": [
            {
                "title": "X Groups: exploring conflict",
                "content": "A conflict erupts between two group members. Which model would explore it as a "
                "chance to build mentalizing?",
                "options": [
                    ("DBT skills training, which explores all group processes in depth", False),
                    ("MBT-G; DBT uses group processes only to practise skills", True),
                    ("Neither", False),
                    ("Both equally", False),
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
        "questions": [
            {
                "title": "X3 RR 0.10",
                "content": "MBT vs TAU, suicidal behaviour: RR 0.10 [0.04, 0.30], 3 trials, 218 participants. "
                "What is the best reading?",
                "options": [
                    ("Proof that MBT prevents suicide", False),
                    (
                        "A significant, large reduction in pooled data, but from few small trials, so confidence is limited",
                        True,
                    ),
                    ("Not significant", False),
                    ("An increase in risk", False),
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
                    ("They were never tested against usual care", False),
                    ("Their trials traditionally measured different outcomes", True),
                    ("They treat different disorders", False),
                    ("All trials were negative", False),
                ],
                "explanation": "Impulsivity and anger in DBT trials; interpersonal functioning and general symptoms in MBT trials.",
            },
        ],
    },
    "cross-sequencing-and-formulation": {
        "title": "Sequencing and case formulation",
        "category": (CROSS, "Sequencing"),
        "questions": [
            {
                "title": "X4 Lena",
                "vignette": "Lena, 24, cuts three to four times a week, went to the emergency department twice "
                "last month after overdoses, and keeps missing sessions because of crises. She also describes "
                "stormy relationships.",
                "content": "Following the review, what is the most defensible plan?",
                "options": [
                    ("Start with MBT to address the relationships", False),
                    (
                        "Start with DBT to reduce self-harm and crises and build distress tolerance, then consider MBT "
                        "for persistent relational difficulties, within a shared case formulation",
                        True,
                    ),
                    ("Medication first, therapy later", False),
                    ("Both full treatments at once", False),
                ],
                "explanation": "Destructive behaviour first; the consensus sequence is DBT followed by MBT.",
            },
            {
                "title": "X4 Omar",
                "vignette": "After 12 months of DBT, Omar has not self-harmed for six months and uses skills well. "
                "But he keeps misreading his partner's intentions, and conflicts escalate within minutes. He says: "
                "“I know the skills, I just don't get what's going on in her head.”",
                "content": "What is the most fitting next step?",
                "options": [
                    ("Repeat the DBT skills group", False),
                    ("Follow on with, or add, MBT to work on mentalizing in relationships", True),
                    ("Stop treatment", False),
                    ("Start medication", False),
                ],
                "explanation": "Once behaviour is stable, MBT's relational micro-tools can help under emotional load.",
            },
            {
                "title": "X4 The prerequisite",
                "content": "A DBT team wants to “add some MBT” for a client. What does the review name as the prerequisite?",
                "options": [
                    ("Full MBT certification for the team", False),
                    ("A coherent case formulation with individual goals and a transparent treatment structure", True),
                    ("The client's agreement to stop DBT", False),
                    ("A randomised trial", False),
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
    "cross-borrowing-micro-skills": {
        "title": "Borrowing micro-skills safely",
        "category": (CROSS, "Augmentation"),
        "questions": [
            {
                "title": "X5 Vacation rupture",
                "vignette": "In a DBT individual session the therapist mentions an upcoming holiday. The patient "
                "snaps: “So you're dumping me too.” Arousal is moderate.",
                "content": "Which MBT micro-tool is most useful here?",
                "options": [
                    (
                        "Stop, rewind to just before the shift, and explore together what happened in the patient's "
                        "mind and in the interaction, including the therapist's part",
                        True,
                    ),
                    ("Ignore it and continue the agenda", False),
                    ("Interpret the transference", False),
                    ("End the session", False),
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
        "questions": [
            {
                "title": "X6 Adherence",
                "content": "According to DBT adherence researchers, what does “adherence” describe?",
                "options": [
                    ("A single session's fidelity to the manual, which is not the same as competence", True),
                    ("The patient's attendance", False),
                    ("The therapist's overall skill", False),
                    ("Outcome", False),
                ],
                "explanation": "Adherence and competence are different things.",
            },
            {
                "title": "X6 Self-ratings",
                "content": "What does research say about therapists rating their own DBT sessions?",
                "options": [
                    ("Self-ratings match observers closely", False),
                    (
                        "Agreement with trained observers was very low on average, though some therapists were accurate",
                        True,
                    ),
                    ("Self-ratings are always too harsh", False),
                    ("It has not been studied", False),
                ],
                "explanation": "Self-ratings need calibration against expert ratings.",
            },
            {
                "title": "X6 Sessions per therapist",
                "content": "How many sessions are needed for a dependable DBT adherence score per therapist?",
                "options": [("1", False), ("2–3", False), ("9–15", True), ("50", False)],
                "explanation": "One session says little about a therapist's typical adherence.",
            },
            {
                "title": "X6 Name the move (video)",
                "kind": "spot_name",
                "clip": "rupture-dbt",
                "time": 34.4,
                "technique": "DBT-TIB",
                "others": ["DBT-VAL", "DBT-CHAIN", "DBT-BAL"],
                "content": "Which technique is the therapist using at this moment?",
                "explanation": "The missed session is named and treated as therapy-interfering behaviour.",
            },
        ],
    },
}
