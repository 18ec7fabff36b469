"""The technique taxonomy seeded into the demo (written from the curriculum brief, section 4)."""

TECHNIQUES = [
    # MBT: therapist moves (brief, table 4.1)
    {
        "code": "MBT-WARM",
        "name": "Engagement, interest and warmth",
        "track": "mbt",
        "kind": "therapist_move",
        "definition": (
            "A steady, genuine interest in the patient's inner life that sits behind every "
            "other intervention rather than being a separate move."
        ),
        "explanation": (
            "<p>Warmth and engaged interest are the ground the rest of MBT stands on. The patient "
            "should be able to sense that the therapist really wants to know how things look from "
            "the inside. Karterud's adherence and competence scale expects this quality to be "
            "present all through a session, which is why it is not scored as an adherence item of "
            "its own.</p>"
            "<p>The card is MBT's, as its code says; DBT asks for the same visible involvement "
            "through its warm, responsive communication style.</p>"
            "<p><em>Example:</em> “I'd like to understand what that evening was like for you. "
            "Can you take me back there?”</p>"
            "<p><strong>Common mistakes:</strong> treating warmth as reassurance or agreement; "
            "relying on stock phrases; letting warmth drain away when the patient turns hostile, "
            "which is exactly when it matters most.</p>"
        ),
    },
    {
        "code": "MBT-NK",
        "name": "Not-knowing / inquisitive stance",
        "track": "mbt",
        "kind": "therapist_move",
        "definition": (
            "Curious questioning rather than confident statements: the therapist approaches "
            "the patient's mind as unexplored ground, yet still offers alternative views."
        ),
        "explanation": (
            "<p>The therapist positions themselves as someone who does not yet understand and "
            "wants to. This is not passivity: a not-knowing therapist still puts forward other "
            "ways of seeing a situation and builds them with the patient. Exploration, curiosity "
            "and not-knowing form the second item of Karterud's MBT scale.</p>"
            "<p>Use it throughout, and especially when the patient (or the therapist) feels very "
            "sure about what someone else thinks.</p>"
            "<p><em>Example:</em> “I'm not sure I've got it yet. When she said that, what went "
            "through your mind?”</p>"
            "<p><strong>Common mistakes:</strong> pretending not to know as a trick; firing "
            "question after question without ever offering a view; slipping into expert "
            "explanations of what the patient ‘really’ feels.</p>"
        ),
    },
    {
        "code": "MBT-MARK",
        "name": "Marked transparency of own mind",
        "track": "mbt",
        "kind": "therapist_move",
        "definition": (
            "The therapist shares what is on their own mind, labelled as a personal and "
            "fallible view, giving the patient a second perspective to reflect on."
        ),
        "explanation": (
            "<p>Making one's own mind visible gives the patient a real second mind to reflect on. "
            "The ‘marking’ matters: the therapist signals that this is their view, possibly "
            "mistaken, and open to revision.</p>"
            "<p>Useful when the patient is guessing at the therapist's reactions, or when an "
            "alternative perspective is needed and questions alone are not producing one.</p>"
            "<p><em>Example:</em> “Here's what went through my head, and I may be wrong: I "
            "wondered whether you felt I was siding with her.”</p>"
            "<p><strong>Common mistakes:</strong> stating one's view as fact; drifting into "
            "personal disclosure about the therapist's life rather than their mind in the session; "
            "unmarked signals such as sighs or visible irritation that the patient has to decode "
            "alone.</p>"
        ),
    },
    {
        "code": "MBT-VAL",
        "name": "Empathic validation / support",
        "track": "mbt",
        "kind": "therapist_move",
        "definition": (
            "Lets the patient know their emotional reaction is understandable from their "
            "vantage point, which calms arousal and builds contact ahead of any exploration."
        ),
        "explanation": (
            "<p>Empathic validation tells the patient that their emotional experience is "
            "understandable given how things look to them. In MBT it is the usual first step when "
            "arousal is high, because exploration rarely lands before the patient feels "
            "understood.</p>"
            "<p>The card is MBT's, as its code says; DBT's validation strategies (DBT-VAL) do "
            "similar work, and the review lists empathic validation among the two models' common "
            "ground.</p>"
            "<p><em>Example:</em> “Being left on read after you'd said something so personal "
            "would sting. No wonder you were upset.”</p>"
            "<p><strong>Common mistakes:</strong> validating the conclusion instead of the feeling "
            "(“yes, he obviously hates you”); generic phrases such as “that must be hard”; rushing "
            "past validation to get to the ‘real’ work.</p>"
        ),
    },
    {
        "code": "MBT-CLAR",
        "name": "Clarification",
        "track": "mbt",
        "kind": "therapist_move",
        "definition": (
            "Slowing an account down to lay out the sequence of events in detail, keeping "
            "what was done and said apart from what was inferred."
        ),
        "explanation": (
            "<p>Clarification is the patient and therapist laying out the sequence of an episode "
            "together. It creates enough slowness for feelings and mental states to become "
            "visible, and it separates what was done and said from what was inferred.</p>"
            "<p>Use it when a story arrives compressed, fast or full of certainties, and as the "
            "groundwork before exploration.</p>"
            "<p><em>Example:</em> “Let's go back a little. You sent the message at nine. What "
            "happened after that, moment by moment?”</p>"
            "<p><strong>Common mistakes:</strong> turning clarification into an interrogation; "
            "using it to prove the patient wrong; collecting facts without ever returning to what "
            "the patient felt.</p>"
        ),
    },
    {
        "code": "MBT-AFF",
        "name": "Affect elaboration / affect focus",
        "track": "mbt",
        "kind": "therapist_move",
        "definition": (
            "Helping the patient find words for an emotion, tell mixed feelings apart and "
            "remain with what is felt, whether it belongs to the story or arises in the session."
        ),
        "explanation": (
            "<p>Affect focus keeps emotion at the centre of the conversation. The therapist helps "
            "the patient find words for what they feel, notice mixed feelings, and link them to "
            "what is happening now, including between patient and therapist.</p>"
            "<p>Most useful at low to moderate arousal, when the patient can bear to stay with a "
            "feeling for a while.</p>"
            "<p><em>Example:</em> “You said ‘annoyed’. Was there anything else in there, hurt "
            "maybe, or fear?”</p>"
            "<p><strong>Common mistakes:</strong> supplying the feeling for the patient; pressing "
            "for more affect when arousal is already too high; talking about feelings in general "
            "terms while the feeling in the room goes unnoticed.</p>"
        ),
    },
    {
        "code": "MBT-EXPL",
        "name": "Basic mentalizing / exploration",
        "track": "mbt",
        "kind": "therapist_move",
        "definition": (
            "Invites the patient to consider other perspectives on their own and others' states "
            "and to wonder what might lie behind behaviour."
        ),
        "explanation": (
            "<p>Exploration is the everyday work of MBT: wondering with the patient what might "
            "have been going on in their own mind and in other people's. The goal is not the "
            "right answer but a richer, more flexible picture.</p>"
            "<p>Use it once arousal allows thinking and the sequence of events is clear.</p>"
            "<p><em>Example:</em> “Suppose for a moment he wasn't trying to humiliate you. What "
            "else could explain the silence?”</p>"
            "<p><strong>Common mistakes:</strong> offering alternatives as corrections; exploring "
            "when mentalizing has already collapsed, where support or stop–rewind–explore would "
            "fit better; letting the patient generate only one ‘correct’ alternative.</p>"
        ),
    },
    {
        "code": "MBT-SRE",
        "name": "Stop–rewind–explore",
        "track": "mbt",
        "kind": "therapist_move",
        "definition": (
            "Pausing the session at a collapse in mentalizing, retracing the exchange to the "
            "moment before it went wrong, and examining together what changed."
        ),
        "explanation": (
            "<p>The therapist notices that the conversation has lost its reflective quality, "
            "stops it, and rewinds to just before the shift. Together they look at what was going "
            "on for the patient at that point, and the therapist stays open to their "
            "own part in what went wrong.</p>"
            "<p>Use it when a session suddenly becomes heated, certain or empty, and once arousal "
            "is low enough for looking back.</p>"
            "<p><em>Example:</em> “Can we pause? A minute ago we were thinking together and then "
            "something changed. Let's go back to just before that. What happened for you when I "
            "mentioned your sister?”</p>"
            "<p><strong>Common mistakes:</strong> rewinding to childhood instead of to the moment; "
            "trying it at peak arousal before calming things down; sounding as if the patient has "
            "done something wrong.</p>"
        ),
    },
    {
        "code": "MBT-CHAL",
        "name": "Challenge",
        "track": "mbt",
        "kind": "therapist_move",
        "definition": (
            "A surprising remark that refuses to go along with a stuck, non-mentalizing "
            "conversation (often pretend mode); it needs a secure alliance."
        ),
        "explanation": (
            "<p>Challenge interrupts a conversation that has gone round in circles without "
            "feeling or contact. It is deliberately surprising and refuses to go along with the "
            "non-mentalizing talk, while staying warm.</p>"
            "<p>It is a targeted move, chiefly for pretend mode, and it depends on an alliance "
            "strong enough to survive the jolt.</p>"
            "<p><em>Example:</em> “We've been discussing your abandonment issues for twenty "
            "minutes, and I'm not sure either of us has felt anything yet.”</p>"
            "<p><strong>Common mistakes:</strong> challenge as a put-down or sarcasm; using it "
            "when arousal is high; failing to return to validation and exploration after the "
            "jolt.</p>"
        ),
    },
    {
        "code": "MBT-AROUS",
        "name": "Arousal regulation / titration",
        "track": "mbt",
        "kind": "therapist_move",
        "definition": (
            "Fitting the intervention to the patient's level of arousal: simple, supportive "
            "responses when emotion runs high; exploratory and relational work as it settles."
        ),
        "explanation": (
            "<p>Strong emotion takes mentalizing offline, and good mentalizing, for its part, makes "
            "emotions easier to manage. The therapist therefore keeps one eye on arousal and adjusts: "
            "short, supportive and empathic interventions when it is high; exploration and work "
            "on the relationship when it has come down.</p>"
            "<p><em>Example:</em> “Let's slow this down. It feels like too much right now, and we "
            "don't have to make sense of all of it at once.”</p>"
            "<p><strong>Common mistakes:</strong> long or clever relational comments at peak "
            "arousal; the opposite error of keeping the session so cool that no feeling is ever "
            "present to work with.</p>"
        ),
    },
    {
        "code": "MBT-POS",
        "name": "Acknowledging good mentalizing",
        "track": "mbt",
        "kind": "therapist_move",
        "definition": (
            "A short, genuine remark that picks out a moment of flexible, curious thinking about minds and values it."
        ),
        "explanation": (
            "<p>When the patient does something mentalizing well, such as pausing to wonder about "
            "another person's state, the therapist names it briefly. This reinforces the process "
            "rather than any particular conclusion. MBT writers treat it as part of good practice; "
            "the exact wording of the corresponding rating-scale item is not reproduced here.</p>"
            "<p><em>Example:</em> “You've just stopped and wondered what he might have been "
            "feeling. That seems different from how you described him last week.”</p>"
            "<p><strong>Common mistakes:</strong> praising the content of a conclusion rather "
            "than the way of thinking; effusive praise that turns attention toward the therapist's "
            "approval.</p>"
        ),
    },
    {
        "code": "MBT-REL",
        "name": "Mentalizing the relationship",
        "track": "mbt",
        "kind": "therapist_move",
        "definition": (
            "Shifting the focus to the present exchange between patient and therapist and "
            "looking at both people's minds, without tracing it back to the past."
        ),
        "explanation": (
            "<p>MBT uses the live relationship as a practice ground for mentalizing. A typical "
            "sequence is: acknowledge how the patient is experiencing the therapist; explore what the "
            "patient imagines is in the therapist's mind; offer the therapist's own view, marked "
            "as theirs; and only then, if useful, notice links with other relationships.</p>"
            "<p>Use it at low to moderate arousal, when a reaction to the therapist is "
            "present in the room.</p>"
            "<p><strong>Not the same as a transference tracer.</strong> A tracer is a preparatory "
            "step taken earlier: the therapist remarks that a pattern the patient describes in "
            "other relationships might one day show up in therapy too. It prepares the ground for "
            "later work; mentalizing the relationship is that later work, done with what is "
            "happening between the two of them now.</p>"
            "<p><em>Example:</em> “You said I looked bored a moment ago. I'd like to hear what "
            "you saw, and then I'll tell you what was actually going on for me.”</p>"
            "<p><strong>Common mistakes:</strong> classical interpretation (“you're seeing your "
            "father in me”); attempting it at high arousal; defending oneself instead of being "
            "curious.</p>"
        ),
    },
    {
        "code": "MBT-OWN",
        "name": "Therapist's own contribution / countertransference use",
        "track": "mbt",
        "kind": "therapist_move",
        "definition": (
            "The therapist accepts they may have contributed to a rupture and offers their "
            "own reaction, labelled as theirs, to open up thinking."
        ),
        "explanation": (
            "<p>Misunderstandings in therapy are rarely one person's doing. By accepting that they "
            "may have contributed in a way not yet understood, the therapist lowers the "
            "temperature and models the kind of thinking MBT hopes to build. Their own feelings "
            "about the patient can also be offered, carefully marked, as information.</p>"
            "<p><em>Example:</em> “I think I cut across you when I changed the subject. If so, I "
            "can see why that felt like I wasn't interested.”</p>"
            "<p><strong>Common mistakes:</strong> confessional over-disclosure; taking all the "
            "blame to smooth things over; presenting feelings as something the patient caused "
            "(“you make me feel…”).</p>"
        ),
    },
    {
        "code": "MBT-NARR",
        "name": "Affective narrative / focus",
        "track": "mbt",
        "kind": "therapist_move",
        "definition": (
            "Identifies the emotionally central thread of a session and keeps returning to it "
            "when the conversation drifts."
        ),
        "explanation": (
            "<p>Sessions with people who struggle to mentalize can scatter quickly. The therapist "
            "listens for the storyline that carries the most feeling and gently brings the "
            "conversation back to it.</p>"
            "<p><em>Example:</em> “We've covered a lot today, but I keep coming back to how alone "
            "you said you felt on Sunday. Can we stay there for a bit?”</p>"
            "<p><strong>Common mistakes:</strong> following every new topic the patient raises; "
            "imposing a storyline the patient does not recognise as theirs.</p>"
        ),
    },
    {
        "code": "MBT-ET",
        "name": "Fostering epistemic trust",
        "track": "mbt",
        "kind": "therapist_move",
        "definition": (
            "Helps the patient feel recognised as someone with a mind of their own, so that what "
            "the therapist says can be trusted and taken in."
        ),
        "explanation": (
            "<p>Epistemic trust is the willingness to take in knowledge from another person as "
            "dependable and as applying to one's own life. It develops within attachment "
            "relationships, and some authors see it as one way in which many therapies bring "
            "about change. People who feel seen as agents with their own "
            "perspective become more open to learning from others.</p>"
            "<p><em>Example:</em> “You know your reactions far better than I do. Does what I just "
            "said fit at all, or have I got it wrong?”</p>"
            "<p><strong>Common mistakes:</strong> giving advice before the patient feels "
            "recognised; lecturing; mistaking compliance for trust.</p>"
        ),
    },
    {
        "code": "MBT-FORM",
        "name": "Joint mentalizing formulation / crisis plan",
        "track": "mbt",
        "kind": "therapist_move",
        "definition": (
            "Writes, together with the patient, a shared account of where and why mentalizing "
            "breaks down, including what each will do in a crisis."
        ),
        "explanation": (
            "<p>Early in MBT, patient and therapist put into words the situations in which the "
            "patient loses the ability to think about minds, what tends to follow, and what might "
            "help. The crisis plan is part of the same document. Writing it jointly is itself "
            "mentalizing practice.</p>"
            "<p><em>Example:</em> “Let's describe what usually happens when you feel dropped, and "
            "what might help you, and me, notice it sooner.”</p>"
            "<p><strong>Common mistakes:</strong> a formulation written by the therapist and handed "
            "over; jargon the patient would never use; filing it away instead of revisiting it.</p>"
        ),
    },
    {
        "code": "MBT-PSYED",
        "name": "Mentalizing psychoeducation (MBT-I)",
        "track": "mbt",
        "kind": "therapist_move",
        "definition": (
            "Explains ideas such as mentalizing, emotions, attachment and personality disorder in "
            "the introductory group, through short talks, exercises and discussion."
        ),
        "explanation": (
            "<p>The introductory MBT group (MBT-I) is time-limited and educational. It gives "
            "patients a shared vocabulary and prepares them for the more demanding individual and "
            "group therapy that follows.</p>"
            "<p><em>Example:</em> “Today's question is what happens to our ability to read other "
            "people when we're frightened. Let's gather some examples from the week.”</p>"
            "<p><strong>Common mistakes:</strong> carrying teaching into MBT-G, which has none; "
            "lecturing without linking ideas to members' own experiences.</p>"
        ),
    },
    {
        "code": "MBT-CRISIS",
        "name": "Crisis plan (MBT)",
        "track": "mbt",
        "kind": "therapist_move",
        "definition": (
            "A plan for crises written with the patient early in treatment, while they can think about "
            "them, and reviewed after every crisis."
        ),
        "explanation": (
            "<p>In MBT a crisis is a collapse of mentalizing, so the plan for it has to be made beforehand. "
            "Therapist and patient write down what tends to set a crisis off, how the patient notices "
            "their thinking going, what has helped before, what others can do, whom to contact in and "
            "out of hours, and what the team will do. In the crisis itself the therapist validates, "
            "asks what and how rather than why, names the collapse and uses the plan; a real threat to "
            "life comes first. With adolescents the plan is built with the family and the team.</p>"
            "<p><em>Example:</em> “Last time, you noticed everything felt certain and urgent about an "
            "hour before you cut. Shall we put that on the plan as your first sign?”</p>"
            "<p><strong>Common mistakes:</strong> writing the plan for the patient rather than with "
            "them; making it only after the first crisis; treating it as a promise not to self-harm; "
            "never revisiting it.</p>"
        ),
    },
    {
        "code": "MBT-CRISIS-REVIEW",
        "name": "Mentalizing the crisis (afterwards)",
        "track": "mbt",
        "kind": "therapist_move",
        "definition": (
            "Once the patient is safe, rewinding to just before an act of self-harm or a suicidal crisis "
            "and exploring it until the patient is an agent in their own account of it."
        ),
        "explanation": (
            "<p>This is stop–rewind–explore applied to a crisis after the event. The therapist goes back "
            "to the moment before the act and explores, step by step, what the patient felt, what was "
            "happening around and between them and others, and where thinking stopped. Together they "
            "build a formulation of the crisis, and what they learn goes into the crisis plan.</p>"
            "<p><em>Example:</em> “Can we go back to the moment in group when he laughed? What happened "
            "in you just then, before you left the room?”</p>"
            "<p><strong>Common mistakes:</strong> starting before the patient is safe or calm; asking "
            "“why did you do it?”; interpreting the act; turning the review into a telling-off or a "
            "list of rules.</p>"
        ),
    },
    {
        "code": "MBT-G-EVENT",
        "name": "Group: event presentation",
        "track": "mbt",
        "kind": "therapist_move",
        "definition": (
            "A member describes something that happened with another person since the group "
            "last met, offering it as material for everyone to think about."
        ),
        "explanation": (
            "<p>MBT groups work on events members bring from their lives between sessions. The "
            "leaders help choose an event with emotional charge and keep the account concrete "
            "enough for others to join in.</p>"
            "<p><em>Example:</em> “Who has something from this week they'd like the group's help "
            "to think about?”</p>"
            "<p><strong>Common mistakes:</strong> letting one member narrate at length while "
            "others drift; sliding into advice-giving about what the member should do next.</p>"
        ),
    },
    {
        "code": "MBT-G-MENT",
        "name": "Group: mentalizing the event together",
        "track": "mbt",
        "kind": "therapist_move",
        "definition": (
            "The leaders ask everyone to imagine what those involved in the incident may have "
            "felt or intended, as guesses, not verdicts."
        ),
        "explanation": (
            "<p>Once an event is on the table, everyone is asked to imagine what the people in it "
            "might have felt, wanted or feared, including the member who told it. Several "
            "perspectives side by side are the point.</p>"
            "<p><em>Example:</em> “What do others imagine the flatmate was feeling at breakfast? "
            "And what about Sam, sitting across from her?”</p>"
            "<p><strong>Common mistakes:</strong> the group reaching a verdict on who was right; "
            "members ganging up on the absent third party; leaders doing all the mentalizing "
            "themselves.</p>"
        ),
    },
    {
        "code": "MBT-G-PROC",
        "name": "Group: using the here-and-now group process",
        "track": "mbt",
        "kind": "therapist_move",
        "definition": (
            "The leaders turn interactions happening in the room into material for mentalizing "
            "instead of steering away from them."
        ),
        "explanation": (
            "<p>Reactions between members, or towards the leaders, are treated as live "
            "opportunities. This is a key difference from DBT skills groups, which do not explore "
            "group process.</p>"
            "<p><em>Example:</em> “Something just happened between you two when Jo laughed. "
            "Could we look at it together?”</p>"
            "<p><strong>Common mistakes:</strong> letting a conflict escalate without structure; "
            "ignoring tension in the room in favour of an outside story.</p>"
        ),
    },
    {
        "code": "MBT-G-EMPTY",
        "name": "Group: empty chair / absence",
        "track": "mbt",
        "kind": "therapist_move",
        "definition": (
            "An empty chair marks a member who is absent; leaders notice the absence and invite "
            "the group to wonder about it."
        ),
        "explanation": (
            "<p>The circle keeps a chair for anyone who is missing, so absence stays visible. "
            "What members imagine about the missing person, and how they feel about it, becomes "
            "something to mentalize.</p>"
            "<p><em>Example:</em> “Alex's chair is empty today. What goes through people's minds "
            "about that?”</p>"
            "<p><strong>Common mistakes:</strong> removing the chair; letting speculation turn "
            "into gossip or blame.</p>"
        ),
    },
    # MBT: patient states (brief, table 4.2)
    {
        "code": "MBT-PE",
        "name": "Psychic equivalence",
        "track": "mbt",
        "kind": "patient_state",
        "definition": (
            "What is felt inside is taken as how things are outside; a feeling turns into "
            "certainty and other readings seem impossible."
        ),
        "explanation": (
            "<p>In psychic equivalence what the person feels or fears simply is the truth. It can "
            "show up as rigid certainty, ‘knowing’ what others think, or feeling flooded.</p>"
            "<p><em>Patient line:</em> “She walked past without saying hello. She's turned "
            "everyone against me, I'm certain of it.”</p>"
            "<p><strong>How to respond:</strong> validate the feeling and lower arousal before "
            "inviting alternatives. <strong>Common mistakes:</strong> arguing about the facts, "
            "which usually hardens the certainty; offering an interpretation.</p>"
        ),
    },
    {
        "code": "MBT-PM",
        "name": "Pretend mode",
        "track": "mbt",
        "kind": "patient_state",
        "definition": (
            "Fluent talk about mental states that has come loose from feeling and reality: "
            "insight that changes nothing."
        ),
        "explanation": (
            "<p>In pretend mode the patient can talk at length about minds, often in therapy "
            "language, yet the talk has no anchor in present feeling or in what is happening in "
            "their life.</p>"
            "<p><em>Patient line:</em> “I've worked out that it's all my attachment wound "
            "replaying.”</p>"
            "<p><strong>How to respond:</strong> bring the conversation back to feeling and to "
            "concrete events; a carefully placed challenge may be needed. <strong>Common "
            "mistakes:</strong> being impressed by the insight; joining the wordy analysis.</p>"
        ),
    },
    {
        "code": "MBT-HYPER",
        "name": "Hypermentalizing (pseudo-mentalizing)",
        "track": "mbt",
        "kind": "patient_state",
        "definition": (
            "Confident, elaborate accounts of what others think and intend that go beyond the evidence and "
            "are closed to revision; a form of pretend mode."
        ),
        "explanation": (
            "<p>Hypermentalizing sounds like a great deal of mentalizing, which is why it is easy to miss. "
            "The account is not grounded in what actually happened and does not change when new information "
            "arrives. A meta-analysis of 36 studies linked it to psychopathology in general rather than to "
            "BPD in particular; in adolescent inpatients it fell with treatment.</p>"
            "<p><em>Patient line:</em> “That doesn't matter, I know how he thinks: he's jealous and he's "
            "turned the whole team against me.”</p>"
            "<p><strong>Use in tagging:</strong> mark the moment certainty outruns the evidence; then tag "
            "whether the therapist slows down and asks what was actually seen and heard (MBT-CLAR) or gets "
            "drawn into debating the theory.</p>"
        ),
    },
    {
        "code": "MBT-TM",
        "name": "Teleological mode",
        "track": "mbt",
        "kind": "patient_state",
        "definition": ("Only visible actions or outcomes count as evidence of what someone feels or intends."),
        "explanation": (
            "<p>In teleological mode, care or intent must be proved through something physical "
            "and observable. Words and inner states do not count.</p>"
            "<p><em>Patient line:</em> “If he actually cared he'd have turned up at the "
            "hospital, not sent a text.”</p>"
            "<p><strong>How to respond:</strong> show interest in the need behind the demand and "
            "explore what the act would have meant. <strong>Common mistakes:</strong> the "
            "therapist being pulled into proving care through actions, such as unplanned extra "
            "contact, without thinking it through with the patient.</p>"
        ),
    },
    {
        "code": "MBT-BREAK",
        "name": "Mentalizing breakdown / arousal spike",
        "track": "mbt",
        "kind": "patient_state",
        "definition": (
            "As emotion surges, the capacity to take perspectives drops away quickly; the "
            "patient loses sight of other minds and of their own."
        ),
        "explanation": (
            "<p>Strong emotion throws people with BPD off balance more readily than most. When "
            "arousal spikes, reflective thinking can disappear within seconds and one of the "
            "non-mentalizing modes takes over.</p>"
            "<p><em>Patient line:</em> “Forget it. There's no point talking to you either.”</p>"
            "<p><strong>How to respond:</strong> support and calm first; explore afterwards, "
            "often with stop–rewind–explore. <strong>Common mistakes:</strong> pressing on with "
            "exploration or a clever comment while the patient cannot take it in.</p>"
        ),
    },
    {
        "code": "MBT-GOOD",
        "name": "Good-enough mentalizing",
        "track": "mbt",
        "kind": "patient_state",
        "definition": (
            "Tentative, curious and flexible thinking about one's own and others' minds, with "
            "room for doubt and for changing one's view."
        ),
        "explanation": (
            "<p>Good-enough mentalizing does not mean always being right about minds. It means "
            "holding ideas about them lightly, being interested in other perspectives and being "
            "able to revise a view.</p>"
            "<p><em>Patient line:</em> “Maybe she was just tired. Or maybe I came across as "
            "sharper than I meant to.”</p>"
            "<p><strong>How to respond:</strong> acknowledge it briefly and build on it. "
            "<strong>Common mistakes:</strong> failing to notice it at all, or over-praising it "
            "until it becomes a performance for the therapist.</p>"
        ),
    },
    # DBT: therapist moves (brief, table 4.3)
    {
        "code": "DBT-AGENDA",
        "name": "Agenda from diary card and target hierarchy",
        "track": "dbt",
        "kind": "therapist_move",
        "definition": (
            "Sets session priorities from the diary card: life-threatening behaviour first, then "
            "therapy-interfering, then quality-of-life targets and skills."
        ),
        "explanation": (
            "<p>In stage 1 of DBT the target hierarchy decides what gets session time. Imminent "
            "risk comes before anything that happened in the past week, however vivid.</p>"
            "<p><em>Example:</em> “Before we get to the argument with your mum, you mentioned "
            "tonight. Let's make sure you're safe first.”</p>"
            "<p><strong>Common mistakes:</strong> letting the most recent drama set the agenda; "
            "skipping the card when the client arrives in crisis; treating the hierarchy as a "
            "checklist rather than a way of protecting the client's own goals.</p>"
        ),
    },
    {
        "code": "DBT-DIARY",
        "name": "Diary card review",
        "track": "dbt",
        "kind": "therapist_move",
        "definition": (
            "Looking together at the card on which the client has tracked the past week's "
            "emotions, urges, target behaviours and skills."
        ),
        "explanation": (
            "<p>The diary card is the client's record of the week. Reviewing it gives the session "
            "its agenda, shows which chain to analyse and makes skill practice visible.</p>"
            "<p><em>Example:</em> “Let's look at the card together. I see urges were at a four on "
            "Thursday, and you used a skill. Tell me about that.”</p>"
            "<p><strong>Common mistakes:</strong> glancing at the card and moving on; reacting to "
            "an incomplete card with criticism rather than treating it as a problem to solve; "
            "ignoring the skills column.</p>"
        ),
    },
    {
        "code": "DBT-CHAIN",
        "name": "Behavioural chain analysis",
        "track": "dbt",
        "kind": "therapist_move",
        "definition": (
            "Starting from one clearly defined problem behaviour, reconstructs link by link how a "
            "prompting event, against a background of vulnerabilities, led to it and what followed."
        ),
        "explanation": (
            "<p>A chain analysis starts by defining the problem behaviour precisely: what was "
            "done, when and how. Then comes the prompting event that set the chain off, the "
            "vulnerability factors that made that day harder, the links between event and "
            "behaviour (thoughts, emotions, body sensations, urges, actions), and the short- and "
            "long-term consequences. The aim is to find where the chain could be broken next "
            "time.</p>"
            "<p><em>Example:</em> “So you read his message at eleven. What was the very next thing "
            "you noticed, in your body or in your head?”</p>"
            "<p><strong>Common mistakes:</strong> jumping links; a prosecutorial tone; stopping at "
            "the behaviour without getting to solutions. According to the review, chain analysis "
            "is one of the places where DBT already asks for something close to mentalizing.</p>"
        ),
    },
    {
        "code": "DBT-SOLN",
        "name": "Solution analysis",
        "track": "dbt",
        "kind": "therapist_move",
        "definition": (
            "For chosen links in the chain, selecting a skill or other change that would lead "
            "somewhere else, plus plans for prevention and repair."
        ),
        "explanation": (
            "<p>Solution analysis follows the chain. For key links, client and therapist choose a "
            "skill or other change that could have led somewhere different, plan how to reduce "
            "vulnerability next time, and decide what repair is needed for any harm done.</p>"
            "<p><em>Example:</em> “At the point where the urge hit eight, what skill could you "
            "reach for? Let's practise it now.”</p>"
            "<p><strong>Common mistakes:</strong> one generic solution for the whole chain; "
            "solutions chosen by the therapist alone; no rehearsal in the session.</p>"
        ),
    },
    {
        "code": "DBT-TIB",
        "name": "Addressing therapy-interfering behaviour",
        "track": "dbt",
        "kind": "therapist_move",
        "definition": (
            "Identifying and tackling anything that gets in the way of treatment, such as "
            "arriving late, skipping homework or hostility in the session."
        ),
        "explanation": (
            "<p>In DBT, therapy-interfering behaviour sits second in the target hierarchy, after "
            "life-threatening behaviour. It is treated like any other problem: described without "
            "blame, analysed and solved. Therapists are expected to watch for their own "
            "therapy-interfering behaviour too.</p>"
            "<p>The term and its place in the target hierarchy are DBT's, so the card sits in the "
            "DBT track. MBT, too, watches constantly for what threatens the therapy, and handles it "
            "in its own terms; for moments either model meets, see the relational rupture "
            "flag.</p>"
            "<p><em>Example:</em> “You've missed the last two groups. That matters for what we're "
            "trying to do, so let's understand what got in the way.”</p>"
            "<p><strong>Common mistakes:</strong> ignoring it to keep the peace; labelling the "
            "client as unmotivated instead of analysing the behaviour.</p>"
        ),
    },
    {
        "code": "DBT-VAL",
        "name": "Validation (levels 1–6)",
        "track": "dbt",
        "kind": "therapist_move",
        "definition": (
            "Communicates what is valid in the client's experience, from attentive presence up "
            "to radical genuineness; validating is not approving."
        ),
        "explanation": (
            "<p>Linehan's six levels run from (1) staying awake and attentive, (2) accurate "
            "reflection, (3) putting the unspoken into words, (4) making sense of a response in "
            "terms of history or biology, (5) normalising it in terms of the present situation, "
            "to (6) radical genuineness, meeting the client as an equal. The higher levels carry "
            "more weight. Validation says a response is understandable; it does not say the "
            "behaviour is a good idea.</p>"
            "<p>Both models validate, but the six levels are Linehan's, so this card sits in the "
            "DBT track; MBT's own form is empathic validation (MBT-VAL).</p>"
            "<p><em>Example (level 5):</em> “Most people would sleep badly before seeing their ex "
            "in court.”</p>"
            "<p><strong>Common mistakes:</strong> validating the invalid (agreeing that cutting "
            "was the right thing); parroting as ‘reflection’; using validation only as a run-up "
            "to change.</p>"
        ),
    },
    {
        "code": "DBT-BAL",
        "name": "Acceptance–change balance",
        "track": "dbt",
        "kind": "therapist_move",
        "definition": (
            "Validating and pushing for change within the same stretch of conversation, "
            "moving between the two as the client responds."
        ),
        "explanation": (
            "<p>Change strategies alone tend to feel invalidating; acceptance alone tends to feel "
            "unhelpful. DBT's core dialectic is to do both, moving between them as the client's "
            "response requires.</p>"
            "<p><em>Example:</em> “Of course you reached for the blade; the pain had nowhere else "
            "to go. And I want us to find something that doesn't cost you so much afterwards.”</p>"
            "<p><strong>Common mistakes:</strong> getting stuck at one pole for a whole session; "
            "adding a ‘but’ that cancels the validation.</p>"
        ),
    },
    {
        "code": "DBT-DEVIL",
        "name": "Devil's advocate",
        "track": "dbt",
        "kind": "therapist_move",
        "definition": (
            "The therapist questions a commitment the client has just made, so that the "
            "client ends up making the case for change."
        ),
        "explanation": (
            "<p>A commitment strategy: once a client states an intention, the therapist questions "
            "it, which invites the client to make the case for change themselves and strengthens "
            "the commitment.</p>"
            "<p><em>Example:</em> “Really? You've relied on it for years and it works fast. I'm "
            "not convinced you're ready to let it go.”</p>"
            "<p><strong>Common mistakes:</strong> using it with a client whose commitment is too "
            "fragile to push against; a sarcastic tone; arguing so well that the client agrees "
            "with the therapist.</p>"
        ),
    },
    {
        "code": "DBT-PROCON",
        "name": "Pros and cons (commitment or crisis)",
        "track": "dbt",
        "kind": "therapist_move",
        "definition": (
            "Listing the advantages and drawbacks of giving in to an urge and of resisting "
            "it, over the next hours and over the coming months."
        ),
        "explanation": (
            "<p>Used to strengthen commitment and, as a distress-tolerance skill, in crisis. The "
            "client lists advantages and disadvantages of both acting on the urge and resisting "
            "it, so the long-term picture can compete with the short-term pull.</p>"
            "<p><em>Example:</em> “Let's fill in all four boxes: what cutting gets you tonight, "
            "what it costs you next month, and the same for riding it out.”</p>"
            "<p><strong>Common mistakes:</strong> skipping the pros of the problem behaviour, "
            "which makes the exercise feel fake; doing it only in the session and never "
            "rehearsing it for use in a crisis.</p>"
        ),
    },
    {
        "code": "DBT-DIAL",
        "name": "Other dialectical moves",
        "track": "dbt",
        "kind": "therapist_move",
        "definition": (
            "Further dialectical strategies, such as extending, metaphor, entering the paradox, "
            "making lemonade out of lemons and prompting wise mind."
        ),
        "explanation": (
            "<p>Dialectical strategies run through the whole of DBT, keeping acceptance and "
            "change in motion and loosening either-or thinking. The moves commonly described "
            "include extending (taking the client more seriously than expected), metaphor, "
            "entering the paradox, turning a problem into an asset, allowing natural change and "
            "asking what wise mind says. The complete list is best checked against Linehan's "
            "1993 text.</p>"
            "<p><em>Example (metaphor):</em> “It's like learning to swim in a storm. We'll start "
            "in the shallow end.”</p>"
            "<p><strong>Common mistakes:</strong> using the moves as tricks detached from a "
            "stuck point in the session; cleverness that leaves the client feeling mocked.</p>"
        ),
    },
    {
        "code": "DBT-RECIP",
        "name": "Reciprocal communication",
        "track": "dbt",
        "kind": "therapist_move",
        "definition": (
            "Responsive, warm and genuine engagement with what the client says, with "
            "self-disclosure where it helps; the counterweight to irreverence."
        ),
        "explanation": (
            "<p>One of DBT's two communication styles. The therapist is responsive to what the "
            "client says, takes it seriously and is willing to share their own reactions when "
            "that helps the client.</p>"
            "<p><em>Example:</em> “When you told me you'd gone to group anyway, I was really "
            "moved.”</p>"
            "<p><strong>Common mistakes:</strong> becoming so soft that change drops out of view; "
            "self-disclosure that serves the therapist rather than the client.</p>"
        ),
    },
    {
        "code": "DBT-IRREV",
        "name": "Irreverent communication",
        "track": "dbt",
        "kind": "therapist_move",
        "definition": (
            "A deadpan, surprising or funny response that knocks the client out of a fixed "
            "position so that something new becomes possible."
        ),
        "explanation": (
            "<p>The counterweight to reciprocity. An off-beat, deadpan or direct response can "
            "unhook a client who is locked into a familiar position and make room for "
            "something new.</p>"
            "<p><em>Example:</em> Client: “Nobody in this group likes me.” Therapist, deadpan: "
            "“That's quite a survey. When did you run it?”</p>"
            "<p><strong>Common mistakes:</strong> irreverence without an established reciprocal "
            "base; humour at the client's expense; using it to sidestep a statement about risk "
            "that needs a serious response.</p>"
        ),
    },
    {
        "code": "DBT-TEACH",
        "name": "Skills instruction / rehearsal",
        "track": "dbt",
        "kind": "therapist_move",
        "definition": (
            "Explaining or demonstrating a specific skill and then rehearsing it with the client in the session."
        ),
        "explanation": (
            "<p>Skills are taught in the group and strengthened in individual therapy, where the "
            "therapist can model a skill and have the client rehearse it against a real "
            "situation from the week.</p>"
            "<p><em>Example:</em> “Let's try DEAR MAN for the call to your landlord. I'll be him; "
            "you start with the Describe part.”</p>"
            "<p><strong>Common mistakes:</strong> explaining a skill without practising it; "
            "choosing a skill that does not fit the link in the chain.</p>"
        ),
    },
    {
        "code": "DBT-HW",
        "name": "Homework assignment / review",
        "track": "dbt",
        "kind": "therapist_move",
        "definition": (
            "Sets or checks the practice of skills between sessions, where skills taught in the group are "
            "strengthened and generalised."
        ),
        "explanation": (
            "<p>In DBT, skills are taught and first acquired in the skills group; practice in daily "
            "life between sessions, recorded on the diary card, strengthens them and carries them into "
            "the situations where they are needed. Homework turns this into concrete tasks and its "
            "review keeps practice visible.</p>"
            "<p><em>Example:</em> “This week, try opposite action once when you notice the urge "
            "to hide, and mark it on the card.”</p>"
            "<p><strong>Common mistakes:</strong> vague assignments; never asking about last "
            "week's homework; responding to non-completion with disappointment rather than "
            "problem-solving.</p>"
        ),
    },
    {
        "code": "DBT-CM",
        "name": "Contingency management",
        "track": "dbt",
        "kind": "therapist_move",
        "definition": (
            "Arranges the therapist's responses so that adaptive behaviour is reinforced and "
            "target behaviour is not rewarded."
        ),
        "explanation": (
            "<p>DBT draws on learning principles: what the therapist does after a behaviour "
            "influences how likely it is to recur. Warmth, time and attention can be directed "
            "toward skilful behaviour and away from behaviour the client wants to reduce. "
            "Detailed procedures are set out in Linehan's treatment manual.</p>"
            "<p><em>Example:</em> “I'm really glad you called before acting on the urge. That's "
            "exactly what coaching is for.”</p>"
            "<p><strong>Common mistakes:</strong> inadvertently offering extra contact only after "
            "self-harm; applying contingencies coldly or punitively.</p>"
        ),
    },
    {
        "code": "DBT-COMMIT",
        "name": "Commitment strategies: foot in the door, door in the face, freedom to choose",
        "track": "dbt",
        "kind": "therapist_move",
        "definition": (
            "Ways of eliciting and strengthening commitment: a small request then a larger one, a large "
            "request then a smaller one, and free choice made with clear consequences."
        ),
        "explanation": (
            "<p>DBT treats commitment as something to build and rebuild, not a box ticked at intake. Beside "
            "pros and cons and devil's advocate, the therapist can ask for something small first and build "
            "on it (foot in the door), ask for something large and settle for less (door in the face), link "
            "a wavering client to commitments they made before, and stress that the choice is the client's "
            "while being clear about what each option leads to (freedom to choose with an absence of "
            "alternatives).</p>"
            "<p><em>Example:</em> “Could you go a whole year without self-harm? … A year feels impossible. "
            "What about until we meet again in a month?”</p>"
            "<p><strong>Common mistakes:</strong> using the strategies as tricks rather than openly; "
            "pressing for commitment without linking it to the client's own goals; forgetting to "
            "strengthen commitment again later.</p>"
        ),
    },
    {
        "code": "DBT-EXPOSE",
        "name": "Exposure (change procedure)",
        "track": "dbt",
        "kind": "therapist_move",
        "definition": (
            "Helping a client stay in contact with cues that set off an unjustified or unhelpful emotion, "
            "while blocking escape, so the emotion no longer blocks skills they already have."
        ),
        "explanation": (
            "<p>Exposure is the change procedure for a problem in which the client has the skill but an "
            "emotion (often shame or fear) stops them using it. The chain analysis shows where the emotion "
            "takes over; the therapist then arranges graded, repeated contact with the cue, with escape "
            "behaviour blocked and the opposite action encouraged. In stage two, exposure is also how trauma "
            "is processed.</p>"
            "<p><em>Example:</em> “You know exactly what to say to your manager. Let's practise standing at "
            "the door with the shame, and not walking away, a few times here first.”</p>"
            "<p><strong>Common mistakes:</strong> re-teaching a skill the client already has; exposure before "
            "behaviour is under control; letting the client escape before the emotion has come down.</p>"
        ),
    },
    {
        "code": "DBT-COGMOD",
        "name": "Cognitive modification (change procedure)",
        "track": "dbt",
        "kind": "therapist_move",
        "definition": (
            "Working on the thoughts, assumptions and expectations that drive a problem behaviour, when "
            "the chain analysis shows they do."
        ),
        "explanation": (
            "<p>Cognitive modification is chosen when distorted thinking, not a missing skill, emotion or "
            "reinforcement, is what keeps a problem going: rigid rules, catastrophic predictions, a belief "
            "that only self-harm will work. DBT uses it alongside validation, so the client does not hear "
            "that their thinking is simply wrong, and it includes clarifying the actual contingencies in "
            "the client's life.</p>"
            "<p><em>Example:</em> “The thought on your chain was ‘if I'm criticised, I'm useless’. What else "
            "might the criticism have meant?”</p>"
            "<p><strong>Common mistakes:</strong> debating thoughts while the client is highly aroused; "
            "using it when the chain shows a skill deficit or a reinforcer; dropping validation.</p>"
        ),
    },
    {
        "code": "DBT-CTP",
        "name": "Consultation-to-the-patient",
        "track": "dbt",
        "kind": "therapist_move",
        "definition": (
            "The therapist advises the client on handling other people and services "
            "themselves, instead of stepping in for them."
        ),
        "explanation": (
            "<p>The therapist acts as the client's consultant on how to handle their network, not "
            "as a go-between. This builds the client's own effectiveness. It is also one of the "
            "consultation-team agreements.</p>"
            "<p><em>Example:</em> “Rather than me phoning the ward, let's plan what you'll say to "
            "the nurse and how you'll ask.”</p>"
            "<p><strong>Common mistakes:</strong> rescuing; applying the principle so rigidly "
            "that a genuine safety need goes unmet.</p>"
        ),
    },
    {
        "code": "DBT-COACH",
        "name": "Phone coaching (brief)",
        "track": "dbt",
        "kind": "therapist_move",
        "definition": (
            "A short call to coach skill use in the client's everyday setting, often in a "
            "crisis, with the therapist's limits respected."
        ),
        "explanation": (
            "<p>Phone coaching helps skills generalise to where they are needed. Calls are brief "
            "and focused on what the client can do next; they are not therapy sessions by phone. "
            "A call can also serve to mend the relationship after a difficult session. Therapists "
            "are expected to know, and to state, the limits of their own availability.</p>"
            "<p><em>Example:</em> “Okay, urges at seven. What have you tried so far? Let's pick "
            "one skill for the next ten minutes.”</p>"
            "<p><strong>Common mistakes:</strong> calls that turn into long processing sessions; "
            "unclear limits that later lead to resentment.</p>"
        ),
    },
    {
        "code": "DBT-TEAM",
        "name": "Consultation team agreement invoked",
        "track": "dbt",
        "kind": "therapist_move",
        "definition": (
            "The team draws on one of its six agreements, such as fallibility or "
            "phenomenological empathy, to help a therapist who is stuck."
        ),
        "explanation": (
            "<p>DBT assumes that work with complex, high-risk clients should never rest on one "
            "clinician's shoulders, so therapists meet in a consultation team. The six agreements "
            "are: dialectical, "
            "consultation-to-the-patient, consistency, observing limits, phenomenological "
            "empathy and fallibility.</p>"
            "<p><em>Example:</em> “Let's look for a non-pejorative way to describe what she did, "
            "before we plan anything.”</p>"
            "<p><strong>Common mistakes:</strong> treating the team as a case-review meeting only; "
            "letting judgemental language about clients go unremarked.</p>"
        ),
    },
    {
        "code": "DBT-LRAMP",
        "name": "Linehan Risk Assessment and Management Protocol (LRAMP)",
        "track": "dbt",
        "kind": "therapist_move",
        "definition": (
            "DBT's structured protocol for assessing suicide risk, acting on it and recording the "
            "findings, actions and reasoning."
        ),
        "explanation": (
            "<p>DBT programmes assess suicide risk fully at intake and whenever it is indicated, ideally "
            "with the LRAMP. It asks about suicidal ideation against the person's usual level, intent, "
            "plans, means, preparation, attempts and self-injury since the last contact and over the "
            "lifetime, and signs that action may be imminent. It rates intent and medical severity "
            "separately, and it pairs the assessment with what the therapist did about the risk "
            "(means safety, a safety plan, more contact, emergency care) and why, including why a full "
            "assessment was not done when it was not.</p>"
            "<p><em>Example:</em> “You said the thoughts are stronger than usual. How strong is your "
            "intent to act on them right now, from 0 to 10?”</p>"
            "<p><strong>Common mistakes:</strong> treating it as a score that predicts suicide (NICE "
            "NG225 advises against that); stopping at ideation; leaving out the actions and reasons from "
            "the note.</p>"
        ),
    },
    {
        "code": "DBT-24H",
        "name": "24-hour rule (phone coaching after self-harm)",
        "track": "dbt",
        "kind": "therapist_move",
        "definition": (
            "After an act of self-harm the client does not receive coaching or extra contact from their "
            "individual therapist for 24 hours; scheduled sessions go ahead and serious injury goes to "
            "hospital."
        ),
        "explanation": (
            "<p>DBT asks clients to call for coaching <em>before</em> they act, while there is still a "
            "choice. DBT programmes explain the 24-hour rule to clients at orientation: warm, extra "
            "contact that follows self-harm could reinforce it, while contact before the act reinforces "
            "reaching out instead. The rule limits coaching and extra contact only; it never delays "
            "medical care, and the next scheduled session still happens, where the act gets a chain "
            "analysis.</p>"
            "<p><em>Example:</em> “If you call before you act, I'll coach you. If you have already "
            "harmed yourself, get medical help if you need it, and we'll look at it together on "
            "Thursday.”</p>"
            "<p><strong>Common mistakes:</strong> announcing the rule for the first time after an act; "
            "applying it to scheduled sessions; using it to avoid assessing risk or arranging medical "
            "care.</p>"
        ),
    },
    {
        "code": "DBT-G-TEACH",
        "name": "Group: seminar teaching",
        "track": "dbt",
        "kind": "therapist_move",
        "definition": (
            "The leader presents a skill from the manual in a didactic, class-like way, with handouts and examples."
        ),
        "explanation": (
            "<p>In DBT the group is a skills-training class rather than group therapy, and it feels "
            "like a seminar. "
            "The leader introduces the week's skill, gives examples and checks understanding.</p>"
            "<p><em>Example:</em> “Today's skill is check the facts. First, what's an emotion "
            "that didn't fit the situation for you this week?”</p>"
            "<p><strong>Common mistakes:</strong> a lecture with no interaction; drifting into "
            "processing individual members' crises.</p>"
        ),
    },
    {
        "code": "DBT-G-HWREV",
        "name": "Group: homework go-round",
        "track": "dbt",
        "kind": "therapist_move",
        "definition": (
            "Each member reports their skills practice from the diary card, and the leaders "
            "coach briefly on what helped or got in the way."
        ),
        "explanation": (
            "<p>The first half of a typical skills group reviews homework. Each member describes "
            "what they practised and what happened, and leaders reinforce effort and troubleshoot "
            "obstacles.</p>"
            "<p><em>Example:</em> “Maria, you planned to use self-soothe twice. How did it "
            "go?”</p>"
            "<p><strong>Common mistakes:</strong> letting one account take up the whole go-round; "
            "shaming members who did not practise.</p>"
        ),
    },
    {
        "code": "DBT-G-REDIRECT",
        "name": "Group: redirect process to skills",
        "track": "dbt",
        "kind": "therapist_move",
        "definition": (
            "The leader acknowledges friction between members in a sentence or two, then "
            "steers back to the skills agenda rather than examining it."
        ),
        "explanation": (
            "<p>DBT leaves group dynamics unexplored, beyond using them as an occasion to practise "
            "a skill. When "
            "members clash, the leader acknowledges it, may suggest a skill and moves back to "
            "the agenda; further work happens in individual therapy.</p>"
            "<p><em>Example:</em> “I can see that's frustrating for both of you. This might be a "
            "moment for a half-smile. Let's come back to the handout.”</p>"
            "<p><strong>Common mistakes:</strong> ignoring the friction altogether; letting the "
            "group turn into a process group.</p>"
        ),
    },
    # DBT: named skills (brief, table 4.4)
    {
        "code": "SK-WISE",
        "name": "Wise mind",
        "track": "dbt",
        "kind": "skill",
        "definition": ("Finding the overlap between emotional and reasonable knowing before deciding how to act."),
        "explanation": (
            "<p>DBT distinguishes emotion mind and reasonable mind, and calls the place where they "
            "meet wise mind. Wise mind is the place from which effective choices are "
            "made.</p>"
            "<p>Coach it before decisions that matter, and when the client is swinging between "
            "cold logic and being swept away.</p>"
            "<p><em>Example:</em> “Emotion mind says quit the job today. Reasonable mind lists the "
            "bills. What does wise mind say?”</p>"
            "<p><strong>Common mistakes:</strong> treating wise mind as the therapist's opinion; "
            "equating it with calm reasoning alone.</p>"
        ),
    },
    {
        "code": "SK-WHAT",
        "name": "Mindfulness “what” skills",
        "track": "dbt",
        "kind": "skill",
        "definition": ("What one does when practising mindfulness: observe, describe and participate."),
        "explanation": (
            "<p>The ‘what’ skills are usually taught as observing experience without reacting, "
            "putting it into words without adding interpretations, and throwing oneself fully "
            "into an activity.</p>"
            "<p><em>Example:</em> “Just describe it: ‘tightness in my chest, the thought that "
            "she's angry’. Leave out the ‘because’ for now.”</p>"
            "<p><strong>Common mistakes:</strong> turning describe into a story with "
            "interpretations; practising only in calm moments.</p>"
        ),
    },
    {
        "code": "SK-HOW",
        "name": "Mindfulness “how” skills",
        "track": "dbt",
        "kind": "skill",
        "definition": ("How one practises mindfulness: non-judgementally, one-mindfully and effectively."),
        "explanation": (
            "<p>The ‘how’ skills shape the manner of practice: dropping evaluations of good and "
            "bad, doing one thing at a time, and focusing on what works rather than on being "
            "right.</p>"
            "<p><em>Example:</em> “Notice the judgement, ‘I'm pathetic’, and try describing the "
            "facts instead.”</p>"
            "<p><strong>Common mistakes:</strong> judging oneself for judging; hearing "
            "‘effectively’ as giving in.</p>"
        ),
    },
    {
        "code": "SK-STOP",
        "name": "STOP",
        "track": "dbt",
        "kind": "skill",
        "definition": ("A crisis skill: freeze, take a step back, observe what is going on, then proceed mindfully."),
        "explanation": (
            "<p>STOP is a short sequence for the moment an urge peaks. As commonly taught it "
            "stands for Stop, Take a step back, Observe, Proceed mindfully; the skills manual is "
            "the reference for exact wording.</p>"
            "<p><em>Example:</em> “When you feel your hand reach for the phone to send that "
            "text, that's your cue for STOP.”</p>"
            "<p><strong>Common mistakes:</strong> teaching it without rehearsing it under some "
            "emotional load; skipping the Observe step.</p>"
        ),
    },
    {
        "code": "SK-TIPP",
        "name": "TIP(P)",
        "track": "dbt",
        "kind": "skill",
        "definition": (
            "Quick ways to bring arousal down through the body: cold temperature, intense "
            "exercise, paced breathing, paired or progressive muscle relaxation."
        ),
        "explanation": (
            "<p>TIPP skills change body chemistry quickly when arousal is too high to think. They "
            "are meant for short-term relief, to get the client to a point where other skills "
            "become usable.</p>"
            "<p><em>Example:</em> “Cold water on your face for half a minute, then slow breathing "
            "with a long out-breath. Then we'll talk.”</p>"
            "<p><strong>Common mistakes:</strong> presenting TIPP as a long-term solution; "
            "recommending cold-water or intense-exercise strategies without considering the "
            "client's physical health.</p>"
        ),
    },
    {
        "code": "SK-ACCEPTS",
        "name": "ACCEPTS",
        "track": "dbt",
        "kind": "skill",
        "definition": (
            "Ways to distract: activities, contributing, comparisons, other emotions, pushing "
            "away, thoughts and sensations."
        ),
        "explanation": (
            "<p>ACCEPTS gives the client several ways to shift attention away from a crisis until "
            "the peak passes. The expansion given here is the one commonly taught; check exact "
            "wording against the skills manual.</p>"
            "<p><em>Example:</em> “Which of these could you actually do at midnight in your flat? "
            "Let's pick two and write them down.”</p>"
            "<p><strong>Common mistakes:</strong> using distraction to avoid problems that can and "
            "should be solved; lists too long to remember in a crisis.</p>"
        ),
    },
    {
        "code": "SK-IMPROVE",
        "name": "IMPROVE the moment",
        "track": "dbt",
        "kind": "skill",
        "definition": (
            "Changing how a crisis moment feels: imagery, meaning, prayer, relaxation, one "
            "thing in the moment, vacation, encouragement."
        ),
        "explanation": (
            "<p>Where ACCEPTS shifts attention, IMPROVE changes how the moment itself is "
            "experienced. As with other acronyms, the commonly taught expansion should be "
            "checked against the manual.</p>"
            "<p><em>Example:</em> “What's one sentence of encouragement you could say to yourself "
            "right now, like you'd say to a friend?”</p>"
            "<p><strong>Common mistakes:</strong> imposing ‘meaning’ or ‘prayer’ on a client for "
            "whom they do not fit; ‘vacation’ stretching into avoidance.</p>"
        ),
    },
    {
        "code": "SK-SOOTHE",
        "name": "Self-soothe",
        "track": "dbt",
        "kind": "skill",
        "definition": ("Calming oneself through the five senses: sight, hearing, smell, taste and touch."),
        "explanation": (
            "<p>Self-soothing offers comfort through the senses when distress is high. Many "
            "clients, particularly those who grew up with invalidation, need explicit permission "
            "and practice to treat themselves kindly.</p>"
            "<p><em>Example:</em> “Let's build a soothe kit: one thing for each sense that you "
            "could keep in a drawer.”</p>"
            "<p><strong>Common mistakes:</strong> options that slide into harmful behaviour, such "
            "as alcohol; assuming that what soothes the therapist soothes the client.</p>"
        ),
    },
    {
        "code": "SK-RA",
        "name": "Radical acceptance",
        "track": "dbt",
        "kind": "skill",
        "definition": (
            "Accepting, fully and deeply, a fact one cannot alter at present, so that "
            "fighting it stops adding to the pain."
        ),
        "explanation": (
            "<p>Radical acceptance is taught with related skills: turning the mind, willingness, "
            "half-smile and willing hands. The idea is that suffering is pain plus "
            "non-acceptance; accepting the pain does not make it go away, but it can end the "
            "extra struggle.</p>"
            "<p><em>Example:</em> “You can hate that it happened and still stop arguing with the "
            "fact that it did.”</p>"
            "<p><strong>Common mistakes:</strong> presenting acceptance as approval; offering it "
            "where the situation can in fact be changed and problem solving fits better.</p>"
        ),
    },
    {
        "code": "SK-CHECK",
        "name": "Check the facts",
        "track": "dbt",
        "kind": "skill",
        "definition": ("Asking whether an emotion, and how strong it is, matches what is actually happening."),
        "explanation": (
            "<p>The client describes the event, their interpretations and the threat they "
            "perceive, and asks whether the emotion matches the facts. The answer guides the "
            "next step: opposite action if it does not fit, problem solving if it does and the "
            "situation can change.</p>"
            "<p><em>Example:</em> “What exactly did she write? And what did you assume it "
            "meant?”</p>"
            "<p><strong>Common mistakes:</strong> using it to tell the client their feelings are "
            "wrong; skipping validation of the emotion first.</p>"
        ),
    },
    {
        "code": "SK-OPP",
        "name": "Opposite action",
        "track": "dbt",
        "kind": "skill",
        "definition": (
            "When an emotion is not justified by the facts, doing the reverse of what it "
            "urges, fully and more than once."
        ),
        "explanation": (
            "<p>Every emotion comes with an action urge: fear to avoid, shame to hide, anger to "
            "attack. When the emotion does not fit the facts, doing the opposite tends to reduce "
            "it over time.</p>"
            "<p><em>Example:</em> “Shame says stay home from group. Opposite action would be to "
            "go, sit up straight and make eye contact.”</p>"
            "<p><strong>Common mistakes:</strong> applying it when the emotion fits the facts; "
            "doing the action while keeping the emotional posture (going to group but hiding "
            "inside).</p>"
        ),
    },
    {
        "code": "SK-PS",
        "name": "Problem solving",
        "track": "dbt",
        "kind": "skill",
        "definition": (
            "If the emotion is justified and the situation is open to change, working on the situation itself."
        ),
        "explanation": (
            "<p>When the emotion is justified, the route is to tackle what prompts it: describe "
            "the problem, brainstorm options, choose one and try it.</p>"
            "<p><em>Example:</em> “Your fear makes sense; the rent really is due Friday. Let's "
            "list what you could do about it today.”</p>"
            "<p><strong>Common mistakes:</strong> problem solving before the emotion has been "
            "validated; solutions the client cannot yet carry out without further skills.</p>"
        ),
    },
    {
        "code": "SK-ABC",
        "name": "ABC",
        "track": "dbt",
        "kind": "skill",
        "definition": (
            "Reducing vulnerability to emotion mind: accumulate positive experiences, build mastery and cope ahead."
        ),
        "explanation": (
            "<p>ABC skills work on the longer term. Small pleasant events, activities that bring "
            "a sense of competence and rehearsal of difficult situations in advance all lower "
            "the baseline vulnerability that sets chains going.</p>"
            "<p><em>Example:</em> “The family dinner is Sunday. Let's cope ahead: picture the "
            "hardest moment and plan which skill you'll use.”</p>"
            "<p><strong>Common mistakes:</strong> mastery tasks set too large to succeed; "
            "positive events that are scheduled but never noticed.</p>"
        ),
    },
    {
        "code": "SK-PLEASE",
        "name": "PLEASE",
        "track": "dbt",
        "kind": "skill",
        "definition": (
            "Looking after the body to lower emotional vulnerability: illness, eating, "
            "mood-altering substances, sleep and exercise."
        ),
        "explanation": (
            "<p>PLEASE links body and emotion: poor sleep, skipped meals or a hangover make "
            "chains more likely. These often appear as vulnerability factors in chain "
            "analyses. The letters are commonly expanded as treating physical illness, balanced "
            "eating, avoiding mood-altering substances, balanced sleep and exercise.</p>"
            "<p><em>Example:</em> “On the card, your worst days follow nights with under four "
            "hours' sleep. Shall we start with the S?”</p>"
            "<p><strong>Common mistakes:</strong> lecturing about lifestyle; tackling all five "
            "areas at once.</p>"
        ),
    },
    {
        "code": "SK-DEARMAN",
        "name": "DEAR MAN",
        "track": "dbt",
        "kind": "skill",
        "definition": (
            "A planned structure for making a request or refusing one: describe, express, "
            "assert, reinforce, stay mindful, appear confident, negotiate."
        ),
        "explanation": (
            "<p>DEAR MAN serves objective effectiveness, getting what one legitimately wants or "
            "refusing a request. It is usually scripted in advance and rehearsed in the "
            "session.</p>"
            "<p><em>Example:</em> “Describe: ‘You've asked me to cover three weekends.’ Express: "
            "‘I'm worn out.’ Assert: ‘I can't do this one.’ Reinforce: ‘I'll be much more useful "
            "on Monday.’”</p>"
            "<p><strong>Common mistakes:</strong> skipping Reinforce; giving up at the first "
            "refusal instead of using broken-record and negotiation.</p>"
        ),
    },
    {
        "code": "SK-GIVE",
        "name": "GIVE",
        "track": "dbt",
        "kind": "skill",
        "definition": (
            "Keeping the relationship during a difficult conversation: be gentle, act "
            "interested, validate, use an easy manner."
        ),
        "explanation": (
            "<p>GIVE serves relationship effectiveness. It is added to DEAR MAN when the "
            "relationship matters most in a particular interaction.</p>"
            "<p><em>Example:</em> “I can see you're really stretched this month, and I'd still "
            "like to find a time we can talk.”</p>"
            "<p><strong>Common mistakes:</strong> giving up the objective entirely to keep the "
            "peace; validation that sounds scripted.</p>"
        ),
    },
    {
        "code": "SK-FAST",
        "name": "FAST",
        "track": "dbt",
        "kind": "skill",
        "definition": (
            "Keeping self-respect in an interaction: be fair, no needless apologies, stick to values, be truthful."
        ),
        "explanation": (
            "<p>FAST serves self-respect effectiveness, so that the client comes away from the "
            "conversation still liking themselves. Interpersonal effectiveness weighs the "
            "objective, the relationship and self-respect against one another.</p>"
            "<p><em>Example:</em> “You don't need to apologise for asking. Say it once, "
            "plainly.”</p>"
            "<p><strong>Common mistakes:</strong> confusing ‘no apologies’ with refusing to take "
            "responsibility; being so rigid about values that the relationship is lost "
            "unnecessarily.</p>"
        ),
    },
    # Cross-model flags (brief, table 4.5)
    {
        "code": "X-HERE-NOW",
        "name": "Here-and-now focus",
        "track": "shared",
        "kind": "flag",
        "definition": (
            "Both models keep attention on current events and on what is happening in the "
            "session, rather than on the distant past."
        ),
        "explanation": (
            "<p>A shared feature of DBT and MBT: both work with recent events and the live "
            "interaction. MBT looks at the current state of minds in the room; DBT looks at "
            "this week's diary card and the current link in the chain.</p>"
            "<p><em>Example:</em> “Rather than why this started years ago, let's look at what "
            "happened on Tuesday, and what's happening between us now.”</p>"
            "<p><strong>Use in tagging:</strong> mark moments where either therapist brings the "
            "conversation back to the present. A long detour into childhood is worth noting as a "
            "departure.</p>"
        ),
    },
    {
        "code": "X-ACTIVE",
        "name": "Active, involved therapist stance",
        "track": "shared",
        "kind": "flag",
        "definition": (
            "The therapist shows their own involvement and actively shapes the session in both "
            "models, rather than staying neutral and silent."
        ),
        "explanation": (
            "<p>BPD-specific treatments generally ask the therapist to be active: responsive, "
            "visibly engaged and willing to help solve problems. In MBT this shows as curiosity "
            "and marked sharing of the therapist's mind; in DBT as coaching, validation and "
            "push for change.</p>"
            "<p><em>Example:</em> “I'm going to stop us here, because I think something important "
            "just happened.”</p>"
            "<p><strong>Use in tagging:</strong> mark moments of clear therapist initiative; long "
            "passive stretches in a clip are worth discussing.</p>"
        ),
    },
    {
        "code": "X-INTERP",
        "name": "Psychodynamic interpretation (set aside by both models)",
        "track": "shared",
        "kind": "flag",
        "definition": (
            "Telling the patient what their experience means in unconscious or past terms, in the "
            "psychodynamic sense; both DBT and MBT set this kind of interpretation aside."
        ),
        "explanation": (
            "<p>The review says both treatments dispense with interpretation, meaning interpretation "
            "in the psychodynamic sense: telling the patient what their experience ‘really’ means, "
            "often by linking it to childhood or unconscious motives. For someone whose mentalizing "
            "is fragile, that can feel like being told what is in their own mind.</p>"
            "<p>This flag is narrower than ‘any interpretation’. DBT has insight strategies, such as "
            "pointing out patterns and what a behaviour may lead to, and asks therapists to read "
            "behaviour in the least pejorative way; MBT may offer a tentative link to other "
            "relationships as a question to think about together. Neither is what this flag "
            "marks.</p>"
            "<p><em>Example of what to flag:</em> “You're angry with me because I remind you of "
            "your father.”</p>"
            "<p><strong>Use in tagging:</strong> flag it wherever it appears, including in "
            "‘contrast’ clips written to show a non-adherent alternative.</p>"
        ),
    },
    {
        "code": "X-BEGINNER",
        "name": "Beginner's mind / curiosity",
        "track": "shared",
        "kind": "flag",
        "definition": (
            "Meeting each moment freshly and with curiosity: one of three DBT elements, with "
            "non-judging validation and chain analysis, in which the review sees mentalizing."
        ),
        "explanation": (
            "<p>The review notes that mentalizing already appears in DBT, naming beginner's "
            "mind, non-judging validation and chain analysis side by side, without ranking them. "
            "Beginner's mind in DBT and the "
            "not-knowing stance in MBT share an attitude: not assuming one already knows.</p>"
            "<p><em>Example:</em> “Let's look at this week's argument as if we'd never seen one "
            "like it before.”</p>"
            "<p><strong>Use in tagging:</strong> mark moments of genuine curiosity in either "
            "model. These are good bridges for trainees crossing from one model to the "
            "other.</p>"
        ),
    },
    {
        "code": "X-RUPTURE",
        "name": "Relational rupture moment",
        "track": "shared",
        "kind": "flag",
        "definition": (
            "A moment when the working relationship between patient and therapist visibly strains or breaks."
        ),
        "explanation": (
            "<p>Ruptures are where the two models are most usefully compared. MBT brings "
            "detailed micro-tools (mentalizing the relationship, stop–rewind–explore); DBT brings "
            "validation and work on therapy-interfering behaviour. Difficulties in the "
            "therapeutic relationship were linked to poorer outcomes in both treatments.</p>"
            "<p><em>Patient line:</em> “You cancelled on me. Obviously I'm not a priority.”</p>"
            "<p><strong>Use in tagging:</strong> mark the moment of rupture, then tag what each "
            "therapist does next (MBT-REL, MBT-SRE, DBT-VAL, DBT-TIB). Check that risk is "
            "attended to whenever the rupture comes with urges to self-harm.</p>"
        ),
    },
    {
        "code": "X-RISK",
        "name": "Asking directly about suicide (a full risk check)",
        "track": "shared",
        "kind": "therapist_move",
        "definition": (
            "Asking plainly about suicidal thoughts, intent, plan, means and preparation, and about "
            "suicide attempts and self-harm, and judging the answers against the person's own baseline."
        ),
        "explanation": (
            "<p>Both models ask about suicide directly, using the word. More than a dozen studies have "
            "found that asking does not raise suicidal thinking. The check covers ideation (new, "
            "increased or the usual level), intent, plan, access to means, preparation already made, "
            "attempts and self-injury since the last contact and over the lifetime, and what is "
            "different today. Suicidality is often chronic in a borderline diagnosis, so an acute rise "
            "above the person's baseline is what matters most.</p>"
            "<p><em>Example:</em> “When you say it doesn't matter what you do tonight, are you thinking "
            "of killing yourself?” … “Is that more than usual for you?”</p>"
            "<p><strong>Common mistakes:</strong> one closed question (“are you safe?”); euphemisms; "
            "stopping at ideation without asking about plans and means; treating a chronic level as "
            "either an emergency every week or as nothing new.</p>"
        ),
    },
    {
        "code": "X-SAFETY",
        "name": "Safety plan (Stanley–Brown)",
        "track": "shared",
        "kind": "therapist_move",
        "definition": (
            "A written plan, made with the person, used in order: warning signs, internal coping, "
            "distracting people and places, people who help, professionals and crisis lines, and making "
            "means safer."
        ),
        "explanation": (
            "<p>The plan is the person's own, in their words, and is worked down step by step until "
            "something helps. It contains no promise not to die: a no-suicide contract is not one of its "
            "steps. With follow-up phone calls, emergency-department patients given a safety plan were "
            "about half as likely to show suicidal behaviour over six months in a cohort study. DBT "
            "places coaching in the plan; MBT's crisis plan covers the same ground and adds how the "
            "patient notices their mentalizing go.</p>"
            "<p><em>Example:</em> “Let's add what happened today to your warning signs, and check who "
            "you could ring tonight.”</p>"
            "<p><strong>Common mistakes:</strong> writing it for the person; a signed no-suicide "
            "promise in its place; leaving out means; filing it rather than rehearsing it.</p>"
        ),
    },
    {
        "code": "X-MEANS",
        "name": "Making means safer (lethal means counselling)",
        "track": "shared",
        "kind": "therapist_move",
        "definition": (
            "Asking what means of suicide the person can reach and working with them, and with family "
            "where they agree, to limit access until the risk has fallen."
        ),
        "explanation": (
            "<p>Access to a method matters: stored tablets, a firearm, a known place. Means counselling "
            "asks about access as part of every risk check and agrees practical steps with the person: "
            "who will hold the tablets, what is removed or locked away, for how long. It is done with "
            "the person, not to them, and it is the last step of the Stanley–Brown safety plan.</p>"
            "<p><em>Example:</em> “Who could keep the tablets for you tonight, until we next speak?”</p>"
            "<p><strong>Common mistakes:</strong> not asking about means at all; asking but agreeing "
            "nothing; imposing a step the person will not keep.</p>"
        ),
    },
]
