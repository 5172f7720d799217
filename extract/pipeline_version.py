"""The version of what turns a text into stored rows: the cleaner (text/clean.py, the clutter
shapes of text/clutter.txt, text/split.py's without_clutter) and the extraction (passages,
index terms, actors, places, relations, dated events). Each article records the version that
made it (articles.pipeline); `sitrep check` says when some are older than the code, and
`sitrep reindex` re-cleans and re-extracts them.

Bump PIPELINE_VERSION, by one, in the change that makes the cleaner or an extractor give
different output for text already stored (a new clutter shape, a date rule, a relation
pattern, a catalogue entry that changes who is found). A change that only reads the store
differently (ranking, rendering, a new query) leaves it alone. Say what changed in the
history below.

History:
1. the first version recorded; articles stored before it carry 0.
2. the cleaner's new clutter shapes (factboxes, link lists, captions, datelines alone on a
   line) and live-blog stamps dating their entries; a subject's scope not carried past a
   sentence naming another place or actor; two more dateline shapes in sentence kinds.
3. the cleaner reaches its fixed point (a cleaned text cleans to itself), a page stamp between
   a headline and its story parts them into two paragraphs, and new clutter shapes
   (run-together bullet lists, update stamps at any paragraph, media-player notices,
   aggregator lists, link lines).
4. a tag list between two sentences takes tags that are names with a particle ("Bashar
   al-Assad", "Jaish al-Islam"), which were left before the story.
5. clutter shapes defined by structure: pull quotes printed without quotation marks, quote
   boxes with a tokenizer's spaces, the caption before a slash credit, photographers' credits
   in brackets with their captions, a closing bulleted note, sign-offs naming a news service,
   slideshow counters, autoplay and removal notices; a Reuters headline printed before its
   place and date stamp is kept.
6. a bare weekday's direction read from its clause (a call for a coming day, a past event's
   possessive, modal and schedule cues, the day after publication), which moves dated events.
7. Libya's prime minister Baghdadi al-Mahmudi is a catalogue actor: "Libyan Prime Minister
   al-Baghdadi Ali al-Mahmudi" was Abu Bakr al-Baghdadi (by his alias "al-Baghdadi").
8. an everyday English word is no other spelling of a catalogue name: "Parade" is not Mohamed
   ElBaradei, "John Gray" not John Kerry, "Cook It" not al-Qaeda.
9. a misspelling after a given name that is not the actor's ends someone else's name, as a
   transliteration already did: "Muhammad Rifaa al-Tahtawi" is not Mohamed Hussein Tantawi.
10. a state's name before "rebels", "opposition" and the like is no side of a relation: "Gaddafi
   launches counter-offensive on Libya rebels" no longer says Gaddafi fights Libya.
11. Omar Suleiman, Egypt's vice president in 2011, is a catalogue actor: "Suleiman" was Qasem
   Soleimani as another spelling.
12. Baghdadi al-Mahmudi loses the alias "al-Mahmudi", which made any "Mahmoud" him.
13. Ruhollah Khomeini is a catalogue actor: "Ayatollah Khomeini" was Ali Khamenei.
14. a place's own name is no other spelling of a one-word name: "Adana" is not Abu Muhammad
   al-Adnani.
15. a word that ended a name the catalogue does not know is that person's for the rest of the
   article, no other spelling of a catalogue name: "Deutch" after "John Deutch" is not Daesh.
16. another spelling of a catalogue name adds no syllable to it ("Morrissey" is not Mohamed
   Morsi), is no word of another catalogue actor's names ("Salman", "Talabani" are not Omar
   Suleiman and the Taliban), and each word of a run of several looks like a word of the name
   ("John Kiogora" is not John Kerry, "Tea Party" not the Islamic Dawa Party).
17. a people's word (discovery.json's "peoples") ends no discovered organisation's name and is
   no short form of one ("Sunni Association of Muslim Clerics and the Shia", whose "Sunni"
   was every Sunni), a plural is no distinctive word of one ("Kurds Monitor"), and a
   discovered person's name holding one is run-on text ("Bashar al Assads Alawite").
18. a place's name alone before a sentence ("Aleppo A military source announced ..."), which
   the article names elsewhere after a preposition of place, is a dateline set apart in
   cleaning (its place kept when it opens the text), not the sentence's first word; a tag
   list's last tag that the story's first sentence repeats goes with the list; a subheading
   run into the story after a sentence's end is a paragraph of its own; a caption in brackets
   closed by its photographer's name after a slash, run into the story, is set apart.
19. a month or a day and month without a year read from its clause: after "since" on or
   before the publication month, after a scheduled event told in the present ("before his
   term ends in September") from it on, after "by", "until", "before" with no tense marker
   ahead; which moves dated events.
20. those month rules narrowed: a scheduled cue governs its month only across prepositions
   and month modifiers, not across a comma, nor with a past marker later in its sentence;
   a day and month counts as a chronology's head only opening its sentence or before a mark
   (an em dash among them); a scheduled day lies from the publication day on, a day after
   "since" up to it; a range's yearless end is the first such date from its start on.
21. the gazetteer takes the alternate names of cities of 15,000 people or more (was 100,000)
   that spell the city's own name ("Rastan", "Jisr al-Shughour", "Saraqeb"; a smaller
   city's alternate name that is another name or an English word is left out); Brega, Ras
   Lanuf, Bin Jawad, Baba Amr, Houla, Rastan and Talbiseh are curated places; another
   spelling of a catalogue name keeps how the name ends, in a vowel or a consonant, unless
   cut short ("Shiastan" is not Ali al-Sistani, "Shaibah" not al-Shabaab); a discovered person
   whose name of two words or more is a place's is no actor ("Ras Lanuf", "Deir Ezzor").
22. clutter shapes read from a fourth marked sample: photo credits that name two or three
   agencies or a photographer's first name and surname, a picture agency run into the first
   sentence under its caption, AP caption paragraphs ("In this ... photo, ..."), a headline
   run into a credited caption kept as the headline, closing lines by convention ("With
   Reuters", a wire desk's initials, a UK company's registration), link lines that call to
   follow a link "here", an AFP date before a quotation, and tag lists in lower case run into
   their lead.
23. a place's own name of two words or more before a speech verb is that place again
   ("Residents of Ras Lanuf said", "Hong Kong said"), as discovery already took it for no
   person; a one-word one still is not ("Jordan said"). A smaller city's alternate name is
   compared with its own name word by word, and one much shorter, cut short or another
   city's own name is left out ("Dili" of Dilijan, "Pekin" of Peqin, "Port Said" of Port
   Sudan). Places, the gazetteer and discovery read one list of name particles
   (discovery.json's, which gains "ech", "esh" and "es").
24. a yearless month after a scheduled cue keeps a past only from a "when" or "while" clause
   after it (not "as", "after": "takes effect in June, as officials announced"); a past
   range whose end would lie after publication starts a year earlier ("fell from June to
   April"), unless a verb moves a date ("postponed from June to April").
25. clutter shapes read from a fifth marked sample: a picture's credit to a site and agencies
   ("(TRT World and Agencies)") with its caption when it ends on the picture's date or says it
   shows a picture, an agency and date closing a text whose story is missing, and a picture
   widget closing a page ("12 MoreImage"); a caption opening a paragraph, run into a sentence
   that opens with a linking adverb and its comma ("... telethon Meanwhile, more acts ...");
   a question blog's readers' answers after "Interested to know which ones made it on air?";
   the MediaGuardian teaser block and closing link around a press digest; BBC Democracy Live's
   search blurb and a BBC programme promotion run into a story; a quote box in single quotation
   marks opening a paragraph inside the story.
26. a past participle after "be", "being" or "to have been" is no past marker when a yearless
   month or day is read from its clause ("wants to be re-elected between mid-September and
   mid-October" lies ahead of the page, not behind it); and two clutter shapes narrowed: a
   sentence ending on a date before an "(X and Agencies)" credit is its caption only when told
   as a caption is (a present-tense caption verb, or the date as a sentence of its own), and a
   quote box's speaker is a label of capitalised words, never a clause ("The mayor told
   reporters on Monday: '...'" is the story's).
27. an item of a related-stories block, a short headline run into the linked story's update
   stamp and its teaser ("... in absentia next week updated: Tue Jun 14 2011 05:26:00 Former
   ..."), is a related teaser as a whole, not a paragraph of the story dated by its stamp.
28. clutter shapes read from a sixth marked sample: a long list of a story's contributors, a
   sign-off naming a news service by its initials ("..., VOA News, Miami."), a writer's name on
   the last line, a founder's note and a wire reporter's "is based in ... for Reuters" note
   closing a text, a bare Reuters story code ("(nWNA5394)"), the older Guardian correction
   notice ("The following amendment was made on ..."), a wire's "3rd graf pvs" transmission
   note, a blog's call to answer its question ("Share your thoughts by ...") and a guide
   part's "By <name>" after its heading; a position marker "(C)" opening a paragraph (a
   cable's classification) no longer makes it a caption, and a caption run into a sentence at
   a paragraph's start takes five words or more (four are a subheading).
29. a person found in text is keyed by one spelling of each name word for its romanisations
   (text/transliteration.json, "spelling_key"): Musa, Mussa, Moussa and Mousa Ibrahim are one
   actor, and a catalogued person discovered under another romanisation is the catalogue's.
30. a person's role before the name keeps the Arabic article of the group it names ("al Qaeda
   leader", "Ahrar al-Sham leader", not "Qaeda leader", "Sham leader").
31. clutter shapes read from a seventh marked sample: a live blog's "LIBYA, 11:22 p.m. ET,
   6:22 a.m. local:" stamps, its "More on ...:" pointers and lines that only point to an
   embedded video; a press review's links to each paper's story ("* Times: <headline>") and
   the site's "COMING UP ON ..." teaser; the signatures of a letters page ("<name> <town> •");
   a review's venue and box office, a closing "Sources: ..." line, a call to comment run on
   from highlights; a date and writers before a headline ("April 5 2017 by <names>") and the
   same writers signing the story's end; two places or a date, place and agency with a dash
   glued to them between a headline and its story.
32. a lower-case role before a comma and a name starts after its function words ("the killing
   of their rebel military commander, X" gives X the role "rebel military commander", not "of
   their rebel military commander"); words after a comma whose lower-case title is followed by
   a name are a list of people, not the first name's role ("Gaddafi, his son Saif al-Islam and
   intelligence chief Abdullah al-Senussi on charges ..." was Gaddafi's role).
33. a page stamp opening the text that states a full day ("Last updated at Apr 232017", "Thu
   Feb 5 2015") replaces a bulk record's given publication date it contradicts, and relative
   dates are read against it (text/page_stamp.py); published_how says "stamp".
34. words after a comma and a name, without an article, that run into a reporting verb with no
   comma before it are the verb's subject, not the name's role ("its leader, Muammar Gaddafi,
   Russia's ambassador to the alliance said" gave Gaddafi that role, and a relation to Russia).
35. clutter shapes read from the dev samples' last misses: reader comments whose signatures
   the page lost, before a comment thread (doubled "!!"/"??", a sentence opening in lower
   case); a contributor's "is studying towards a PhD" note; key points run together without
   bullets; a bulleted teaser closing the text broken over lines; a wire dateline after a
   headline without a stop ("... - Reports MOSCOW (Sputnik) According ...") and an agency in
   capitals with its country before the story ("ALALAM Syria").
36. clutter shapes read from an eighth dev sample: a bracketed link to the story in another
   language or to more of it; a note that the article is a translation; a pull quote
   repeating the story with its speaker after a dash; a "Related News ... | ..." block; a
   "Print Tweet Views 729" widget; a CNN and a Fox News site element; a paragraph wholly in
   brackets is no headline (it was read as the article's title).
37. a portal's market-data footer ("Market indexes are shown in real time ...") and its data
   providers' disclaimers after it are clutter.
38. a title of address ("Mr Lavrov", "Mrs", "Ms") finds a person but is no role: it had been
   kept as one (359 mentions of the conflict articles), and shown among a profile's roles.
   A role stops at a sentence's end that lost its space ("in Syria.Turkish foreign minister").
   A place opening an organisation's name ("Aleppo Police Command") is no short form of it:
   every later "Aleppo" of the article had become the police command (814 mentions of 122
   such organisations in the conflict articles). "and the", or "and" between two names each
   ending in a head word, joins two organisations, not words of one ("Fox News and the Tea
   Party", "World Bank and African Development Bank"); a run of capitals stops before "on" and
   a day ("the ... Society on Friday" lost the organisation). A person found by a short name
   ("Al-Obeidy said") whom the article names in full before, and only one way ("Eman
   al-Obeidy, the woman who ..."), is that full name's person. A compass word opens a role's
   qualifier ("South African President", which was "African President"); "Sir" is no role.
   An update stamp under a headline, before the story's first sentence, takes only itself and
   BBC's "Help" link after it: a short BBC item's one-sentence story had been cut as the end
   of the page with it.
39. a live blog's update stamps in brackets ("(Update 10:15 p.m. in Cairo, 3:15 p.m. ET)") are
   clutter; whether the article is a live blog is decided from them when it is cleaned and
   stored with it (articles.live_blog).
40. a dotted acronym is one index term, that of its letters without the dots: "U.S." is
   indexed as "US" (it was "u" and a dropped "s"), "U.N." as "UN" (it was "u", "n").
41. more clutter is set apart: a BBC pull-quote box with its "End Quote" mark and speaker; a
   photo caption between a headline and the lead; a reader's "(name, place)" credit on its own
   line; an embedded video's " - YouTube" title; "<site> is on Twitter"; a pointer to details
   on a website; Daily Sabah's "SEND <link>" and its credited caption; an extract's "Extracted
   from ..." line; SANA's "English bulletin"; an op-ed's note on its writer with an initial; an
   AP dateline with a state in capitals ("INDEPENDENCE, MO. (AP)--") and a Sputnik dateline
   with its country in brackets.
42. a sentence printed twice in a row within a paragraph keeps its first copy only (a FA-KES
   page's standfirst, which its story's first sentence repeats).
43. photo captions run into the sentence after them are set apart where that sentence opens
   with its subject and verb: further down the story, in a paragraph of one sentence ("...
   outside the courthouse Mr Varga told the court ..."), and between a headline and a lead
   that opens with a name ("... after 11 days Estimates of ...", "... spill BP is set ...").
44. tag lists whose end the story's restated standfirst tells ("Tags Verlo civil defence UN
   airstrikes Marrak Airstrikes in Verlo ..."), closed by a stop of their own, or run into a
   standfirst printed without its stop are set apart; BBC blogs' feed notices and broadcast
   transcripts' rights notices close the article.
45. a day and month without a year inside a name is no date ("April 7th Street", "the
   February 17 Martyrs Brigade", "the March 8 coalition"): it told no event of that day, and
   took the page's year.
46. more clutter is set apart: a tweet embedded in a flattened page (its last sentence, links,
   author, handle and day), a site's notice that it is not responsible for external sites, and
   a radio report's closing "For <programme>, I'm <name>." sign-off.
47. lists of linked story titles run together and into the story's next sentence are set
   apart as related-story clutter ("Are kids being trained to defend Orsk? | Ambassador talks
   ferries Homes destroyed in battle for Orsk | The Red Cross-chartered ship evacuated ...",
   "Gallery: Protesters on streets in Orsk "As you know ..."), as CNN pages of 2011 print
   their inline video lists.
48. a day and month without a year that continues a story told in a past year takes the
   story's year ("arrived on June 10 1996 ... Two days later ... On June 22"): the day before
   it in the text, its year stated or counted from a stated one, within 1,500 characters, and
   the day from a week before it to two months after it; it took the page's year.
49. photo captions opening a text, or following its headline, run into the lead are set apart
   where the caption opens on its subject and an auxiliary and the lead on a subject ("Kel
   Varga was a keen sailor and climber A Vornland man has been ...", "... since the storm
   Orsk Council has ..."); further down, a caption may end on a name after a function word or
   on a date ("... in the streets of Port Varn The Red Cross has ...").
50. a caption opening a text, or following its headline, may also hold a past tense in "-ed"
   before its object's determiner instead of an auxiliary ("Kel Varga previously used his
   fame to ... The Vornland actor has been ...").
51. a paragraph of two linked story titles, the second a question, is set apart ("Fighting on
   Orsk's front lines Should crews back the rebels?"; one whose second title opens without a
   question word only on a page that shows a list of titles elsewhere), and one title after a
   label naming what a link leads to ("Gallery: Crowds on Orsk's quays As the ferries ...");
   reader comments after a commentary's closing line ("The views expressed in this article are
   solely those of ...") go with the comment thread found after them.
52. a caption opening a text, or following its headline, may also hold an irregular past
   tense, one that is no participle anywhere among its first words ("The unrest began in
   ...") or one that is before its object's determiner ("Thousands lost their homes ..."), or
   a present in "-s" before its object's determiner after a subject of names or an article
   and its noun ("Kel Varga assesses the damage ..."); the headline before a caption may end
   on its quotation's closing mark ("Orsk fund claims to be 'paid quickly' | The slick now
   covers ...").
53. the notes that close a piece are set apart: a writer's note after a bullet alone on its line
   or with a role ("• | Kel Varga is senior fellow ...", "· Ilsa Marrow is professor of
   ..."), or without a bullet when it names a person the piece names nowhere before; the
   details of the work it is about after a bullet (where and until when it runs, its release,
   broadcast, publisher or order line, a media partnership, who paid for a writer's travel)
   and a film's festival and release dates; correction notices naming the
   piece in more wordings ("This column was amended", "The caption was amended at 2.15pm",
   "An earlier version of this article mistakenly ...", a wire's "(This story was corrected
   ...)"). A sentence's "a picture by <name>" is no photo credit: the paragraph ending so had
   been dropped as a caption.
54. a person's one-word name or its one-letter misspelling, right before a surname (a
   capitalised word that is no everyday word, lexicon word or word of the person's names), is
   the first word of someone else's name, or a place's, not the person ("Suleiman Youssef",
   "Sulaiman al-Halabi"); the longer name may now be found as an actor of the article.
55. an agency's stamp after a headline run into the text ("... Monitor AFP Saturday 20 Sep 2031
   Shells hit ..."), within its first 400 characters and before any sentence's end, dates the
   page as an opening stamp does when its weekday is its date's own: it replaces a given date
   it contradicts.
56. a call for readers' comments, stories or pictures ("Send us your comments using the form
   below", "Share your story with CNN iReport", a picture address, the safety note that goes
   with one) is set apart with the questions put to the reader right before it ("Are you in
   Orsk? Do you have friends or family there?"); an obituary's closing line of name, calling
   and life dates, a contributors' credit run on after the last sentence, a call to follow an
   account's tweets, "This debate is now closed" and a comment widget's doubled stamp after the
   reader's name (which opens the thread) are set apart.
57. a BBC end teaser run into the story's last sentence is set apart (with the teaser's date and
   section, and the BBC's comment call or link notice run in before it), and so is a video
   label alone on its line ("Video:"); a photo caption further down run into a sentence that
   opens on an adverbial and its comma ("... have flown aid to Orsk In Port Varn, the rescuers
   have ...") is set apart as a caption. A story's last sentence that the teaser made read as
   a caption is kept; a paragraph a cut leaves as a copy of words printed elsewhere is dropped
   (the repair step dropped it on a second cleaning).
58. page and comment time stamps are set apart: a blog post's writer and time of posting
   ("Kel Varga | 16:21 UK time, Friday, 2 March 2031", its date the page's stamp), the posting
   stamps of a blog's list of its other posts, an update stamp run in after a headline ("...
   14 August 2031 Last updated at 10:46 GMT Help ..."), a comment's stamp run into the line
   before it ("15th January 2031 - 22:57", "At 18:20 29th Apr 2031, ferryfan wrote:", "January
   27, 2031 at 7:59 pm | Report abuse |"), which opens the comments, and a programme's on-air
   notice closing a page ("How to listen to ...: BBC Radio 4: ...") and the readers'
   editor's contact notice closing the Guardian's corrections column.
59. a photo caption whose subject the lead after it names again ("Kel Varga was the youngest
   of the brothers Kel Varga, a ferry pilot, has ...") is set apart as a caption, at the
   text's start, after a headline or further down; so is a pull quote that restates the
   story's words with no quotation opening on them, where the story's copy closes its clause
   ("Any pay sent here would end up with a fraudster Would-be donors have ..." beside "...
   and any pay sent here would end up with a fraudster.\"").
60. site furniture the cleaned corpus still repeated is set apart: a section's blurb closing the
   page ("News, features, and opinions on ..."), a site's promotion of all its graphics or
   coverage ("Explore all of our ... graphics ..."), a monitoring service's note on itself and
   where it is based, a call to join a network or sign up for the site's newsletter to get more
   "direct to your inbox", a sponsor's note ("This content is brought to you by ..."), the
   question a lost video embed leaves alone ("Reading on mobile?"), a news site's edition
   chooser, a hosted bureau's note on itself and its contact handle, and a desk's call to follow
   its links on its accounts or to review the book; a Sputnik page's section label and time
   stamp after the repeated headline, and SANA's date and name after it (a dateline).
61. a page stamp in numbers that reads both ways ("06-01-2016") reads in the order its source
   prints numeric stamps (text/stamp_order.json: FA-KES, day first), so it replaces a given
   date it contradicts and relative days are read against it (9 FA-KES pages re-dated, a
   Kobani page of 1 November 2014 that was stored as 2 February 2014 among them). Like every
   stored date, it takes a fresh ingest: `sitrep reindex` does not revisit publication dates.
62. a BBC caption written in "takes place" (CAPTIONVERB in text/clutter.txt), run into the
   sentence after it further down the story, is set apart as a caption (1 corpus text changes).
63. a BBC video's quote box between the headline and the lead, run into both ("<headline>
   Kel Varga: "We saw the ferry sink" The council said ..."), is set apart as a caption, the
   headline kept; so is a TRT World caption after an embedded tweet's date, before the
   agencies' credit.
64. a sentence alone on its line that points to a link the page lost ("... can be found here.",
   "... have been uploaded on <site> here.") is set apart as related, and so is a broadcast
   anchor's promotion of what comes after closing a transcript ("And in just a moment ... will
   have some other news.", "We'll be right back.", "That story's coming up next."); a copy a
   cut bares is dropped by its position, so that the copy kept of the same words stays
   (13 corpus texts change); two linked titles alone on their line, the first ending on the
   place after "in", the second a question, are set apart on a page that shows a run of titles
   (1 corpus text changes).
65. news-agency page heads after the repeated headline are set apart: a Sputnik photo credit,
   section label and time stamp without its update, the tail of an update stamp whose head
   was lost ("30.04.2017)"), the topic link with its counters ("Topic ... (180) 0 54"); an
   Ahram page's related headlines up to the headline printed again, and its view counter
   opening a paragraph; a photo caption naming a group by its initials before its "(Reuters
   Photo)" credit (17 corpus texts change).
66. a photo's description opening the article, in the present tense of what the people in the
   picture do and closed by a stop ("Protesters gather in the square for a vigil.", "A man
   carries a child after an airstrike in Orsk."), is set apart as a caption when a story
   follows it (PHOTOCAPTION, text/clutter_photo_caption.py).
67. a letters page's signatures are set apart as bylines, each a paragraph between two letters
   ("Kel Varga Orsk", "Ilsa Marrow Varnholt, North Orvalle") or the first name of one broken
   over two lines, on a page told by its letters' references to the paper's pieces ("(Report,
   11 December)"); Fox Nation's title suffix ("| Archive | Fox Nation"), and its closing
   self-description with the feed after it.
68. a Sunday page's "this week" in a clause the tense reads as future ("will travel to New York
   this week") is the week ahead, not the week that Sunday ends
   (text/dates/resolve_relative.py).
69. a yearless day and month takes the year of the last day of the same month the text stated
   with a year before the page's, within 1,500 characters before it ("his opinion of March 7
   2003 ... his view until March 17" in a 2005 page), where no earlier rule gave it a story
   year.
70. that same-month rule lends no year from a day stated more than 12 years before the page's
   (a birth date, a clock time read as a year: "19 JANUARY, 1130 GMT") nor across a day the
   text stated since more than two months after the one it would give (a chronology run on
   to a later year's lines).
72. a comment thread begins at a call to comment below the story ("Leave your questions below
   ...") or at a blog post's closing byline and stamp ("By <name> | <date>; <time> ET") before
   it; a reader's signature printed after the comment ("Posted by: <name> | <date> <time> |
   Report abuse") closes a comment and opens the thread from its line; a press digest's own
   site blocks, the "Top stories on <site>" teasers with the jobs advertisement over its
   "Today's headlines" and the "Also on <site> today" teasers closing it
   (text/clutter_digest.py).
74. credit and sources lines closing a story are set apart as bylines: an agency's credit after
   the last sentence with one or two dashes ("... the border. --Reuters", ". - REUTERS"), a
   sources line run on after the last sentence, spaced or in capitals ("Sources:
   Reuters/www...", "SOURCE : SOURCES : ... | The Washington Post - May 30, 2010"), and a video
   blog's readers' credit ("Spotters' badges: ...").
75. a caption and the lead run into the text's first sentence, each a clause with its own
   subject and finite verb and nothing to join them ("Parts of Orsk were flooded for weeks The
   Red Cross has ..."), is set apart as a caption (text/clutter_clause_caption.py).
76. the cleaner's repeat remover reads a BBC pull-quote box's quotation and "End Quote" out of
   its paragraph before judging repeats, so that the story's own copy of the quoted words stays
   where the box is set apart (it was dropped as the repeat, and the box then as clutter).
77. a BBC pull-quote box's speaker and role run into the story's next sentence are set apart
   with the box as a caption where the sentence opens on a quotation, a sentence opener or a
   determiner before a capitalised word ("... at the University of Orsk Secondly, there ..."),
   or on a subject the story names alone elsewhere before its verb
   (text/clutter_box_speaker.py); the sentence stays whole.
78. a caption and a story's sentence run into one further down the text, each a clause with
   its own subject and finite verb and nothing to join them ("... Whole streets of Orsk have
   been flooded The Orsk Red Cross is sending ..."), is set apart as a caption on a page that
   ran another caption into its text (text/clutter_below_caption.py).
80. a bare weekday on the day after the page, told as a past act ("took to the streets ... on
   Wednesday" on a Tuesday page), lies a week back unless the text shows its own day runs
   ahead of the page's: its lead, a telling verb, a clock stamp or the hours across midnight
   on that weekday (text/dates/day_after.py), which moves dated events.
83. a Sunday page's "last week", "the past week" and "this past week" are the week that Sunday
   closes (Monday to Saturday before it), not the ISO week before (text/dates/resolve_relative.py's
   _closed_by_a_sunday, lexicon.json's "sunday_closing_week"), which moves week-dated events.
84. factboxes run into a story are set apart as captions (text/clutter_factbox.py): a run of
   items each ending on the next item's number ("... 2.", "... 3.") with the last item run into
   the story's next sentence, and a paragraph of labelled items ("<date>: ... <label>: ...");
   a caption run into the lead as a clause of its own whose verb is "could" ("... could help
   ..."); a byline opening a box mid-text with a correspondent's beat ("By <name>, BBC business
   correspondent").
85. a caption run into a paragraph's sentence further down whose lead opens on a fronted
   adverbial is set apart as a caption (text/clutter_fronted_caption.py): a sentence adverb in
   capitals after the caption's last word ("... the streets of Orsk Overnight a rumour went
   round ..."), or a preposition in capitals after a lower-case word whose adverbial a comma
   closes ("... of the airport To speed up the process, the crews ..."), after a caption's
   plain clause with its own subject and finite verb.
86. a hosted programme's transcript aired on a Sunday (a speaker label naming a host, "KELVA
   DORN, HOST:") is a weekly programme: its "last week" is the ISO week before the page's, the
   week of its previous edition, not the week that Sunday closes (resolve_relative.py's
   _a_weekly_programmes, lexicon.json's "sunday_programme_week"), which moves week-dated events.
87. what stands between a page's headline and its lead is set apart: the writers' names alone
   as the text's second sentence ("<headline>. Kel Varga Ilsa Drevnik. <lead>", FA-KES copies
   of Reuters pages) as a byline, its names the author (text/clutter_head_byline.py); a date in
   figures with a four-digit clock and AM/PM ("07-08-2031 0147 PM") as a timestamp and the
   section path before it ("Middle East Syria Military") as nav.
88. a byline whose writer's role follows the name without a comma and an institution (an
   acronym or an agency) follows the role ("By <name> Middle East analyst, LSE") is taken off
   whole, with the name alone as the author, where only "By" and the name were taken before.
89. unsigned comments above a thread go with it further up: once a paragraph next to the thread
   shows a reader's marks (lower case, doubled stops), the paragraphs above it in a reader's
   voice (the first person, a question, an exclamation) go too, up to the story's last
   reporting or quoting paragraph (READERVOICE, STORYVOICE); another story's headline with its
   picture credit between a standfirst and a wire dateline ("... reported Sunday. REUTERS <name>
   <Headline> - Reports MOSCOW (Sputnik) ...") is set apart with the dateline as related; a
   paragraph that only sends the reader to a link by "here" ("Read <name>'s answers here.",
   "Watch the trailer here.") is set apart as related.
90. a credited caption of two sentences whose first ends the text's first paragraph (a Guardian
   page: "<headline> <standfirst> Workers pile sandbags on the quay. | The firm will try again
   on Friday. | Photograph: ..."), or stands alone there after the page stamp, is set apart
   whole: the credit took only the line before it (text/clutter_credited_opening.py).
91. one linked story title run into the story's next sentence ("Warehouse frequented by Varga
   shelled Varnholt is leading ..."), right after a paragraph that ends on a stop, is set apart
   as related on a page that shows a run of titles elsewhere (text/clutter_title_run.py's
   _single_titles); a run of titles also ends where the story's sentence opens on a name, its
   role set off by commas and its speech verb ("... a 'captain without a ship' Kel Varga,
   deputy head of the crews' union, said ...").
92. a writer line with the page's date and clock time opening the text ("July 15, 2031 - 7:48
   AM | by: <name> <lead>", Fox News pages) is set apart as a byline, its name the author and
   its date the page's where none is known; a sign-off of the writer's initials run together
   and the editor's after a slash closing the text ("... properties. R.J/H.Said", SANA) is set
   apart as a byline, as the sign-offs of whole names already were.
93. a speaker whose role is one word between the commas ("Kel Varga, spokesman, said ...") ends
   a run of titles as a longer role did (version 91 read a role from its second word on); no
   text of the shared corpus changes.
94. a site's call to the reader closing the text, promoting its own coverage ("Get constant
   updates from our ...", with the site's sentence on its coverage before it; "Stay with <site>
   for all the latest", "Follow <name> on Twitter", "Sign up for <newsletter>"; never a sentence
   telling a speaker, "Read our report, the mayor told ..."), is set apart on any site (Fox
   News's closing promotion was taken only when run on after a caption); a broadcast
   transcript's air stamp after its headlines ("Aired July 29, 2011 - 08:00:00 ET") is set
   apart as a timestamp, its date the publication date where none is known.
95. a reader's credit on a line of its own under the reader's letter, question or review is
   set apart as a byline: the name and the town after a comma ("... a good editor. | Kel Varga,
   Orsk | <next letter>") anywhere, and, on a page of readers' questions, the name with or
   without its town under each question ("<question>? | Kel Varga Orsk N1 | <answer>"), the
   headline its first question; a credit broken after the name takes its town off the
   answer's first line ("Ilsa Marrow | Varnholt The sea is ..."). Between a line ending a
   sentence and one opening another (or the text's end), never beside another name's line.
96. a gallery's caption led by its picture's day and a colon ("Saturday: The yacht ...", "Apr.
   21: Fire boat crews ...") is set apart whole above the credit run into the next caption's
   day ("AP June 17: ...", "Coast Guard via AP June 30: ..."; Fox News pages), and whole above
   any credit, where it was cut at its own words run into a name.
97. a live blog's entry stamp in brackets with the desk's clock first and the place's after it,
   without "Update" ("(7:03 p.m. Monday ET, 1:03 a.m. Tuesday in Libya)", LIVEBRACKET), is set
   apart as a timestamp, opening an entry or run into the one before it; one opening an entry
   dates it, as a stamp on its own line does, its weekday read forward from the day the blog
   was stored with (the day it opened), the place's day past midnight the entry's day; a live
   blog's "Read our complete story and check out our full coverage ..." line is related.
98. a photographer's credit with a slash and no brackets is set apart as a caption: a name and a
   picture agency ("Kel Varga / Getty Images", SLASHCREDIT) on its own line or run into the
   story, with the caption above it (and a label "Photograph:" alone between them), and an
   agency in capitals before the name ("REUTERS/Kel Varga", AGENCYSLASH), alone.
99. a live blog's first reader comment above the stamp that closes it ("March 19, 2011 at
   11:03 am | Report abuse |", CLOSINGSTAMP, on a paragraph of its own), showing no reader's
   marks, goes with the comment thread, up to the blog's last reporting or quoting paragraph;
   a writer's note closing a piece whose name carries a role in commas before "is" ("<name>, a
   senior lecturer in history at <college>, is the author of ...", WRITERAPPOSITION) is a
   byline.
100. a page's UTF-8 read as cp1252 has its Latin-1 letters put back before any other step
   (text/mojibake.py, the letters of text/mojibake.txt): "JosÃ©", and "JosÃ ©" or "JosÃ" with
   "©" on the next line (a tokenizer's space or line break before the symbol), are "José",
   "SÃ£o" is "São"; the "©" of a garbled "é" no longer reads as a photo credit that drops the
   short paragraph it ends, nor as a closing copyright line that cuts the text after it.
101. the same repair puts back a page's garbled quotation marks, dashes and ellipsis
   (the marks of text/mojibake_marks.txt, three bytes each): "â€™" is "’", "â€œ" "“",
   "â€�" (the replacement character the page showed for the third byte of "”") "”", "â€“"
   "–", with a tokenizer's space or line break before the third character ("â€ ™", "â€\n�");
   the tokenizer's space after a garbled apostrophe is taken out before an ending ("Varga
   â€ ™ s" is "Varga’s", "canâ€ ™ t" "can’t") and after a lone letter ("Oâ€ ™ Brien" is
   "O’Brien"); a mark right after a letter's "Ã" stays garbled (put back, the two would read
   as a garbled letter when cleaned again). Sentences, quotations and the clutter shapes read
   the marks as on a clean page.
102. a photo credit after its label ("Photograph: Kel Varga/AP", LABELLEDCREDIT) inside a
   paragraph, run into its caption before it and the story after it (a flattened Guardian
   page's "<headline> <standfirst> <caption> Photograph: <credit> <story>"), opens a paragraph
   of its own and is set apart with its caption, the paragraph's last piece; after its label
   the credit's name may hold lower-case words or be an organisation's ("Carl de Souza/AFP",
   "Centers for Disease Control/Reuters", "US coastguard/EPA"), or the agency stand alone
   ("Photograph: Reuters", "Photograph: Associated Press").
103. a sidebar of tweets closing a page (a stamp under each tweet, "7:01 pm ET February 11,
   2013 RETWEET", TWEETSTAMP) is set apart from its first tweet on: the paragraph above the
   first stamp when it shows a tweet's marks (a hashtag, a handle), and the last tweet's text
   after the last stamp; a paragraph holding "RETWEET" without such a stamp stays. A review's
   closing venue, dates and box office: the box-office number as a tokenizer spaced it
   ("0161 - 832 1111", or on the line after its label), the show named "at" a venue above it,
   a box office alone closing the text; and, without the label, a closing venue line with its
   number in brackets and a day ("At the Sage, Gateshead (0191 - 443 4661), tonight").
104. a world brief's agency and place opening the line after the brief, the next brief's
   headline run in after them ("AP, Berlin Ban on ...", "Reuters, Cape Town" closing the page),
   are a byline: an agency of OUTLET, a comma and a place of one capitalised word, or two after
   a PLACEOPENER, not before a name listed with others ("AP, Varnholt Post and Orsk News all
   ran ..."); the headline stays.
105. a tag list run into the story (a flattened New Arab page's "<standfirst>. Tags <tags>
   <story>") whose tags end in lower case and whose story opens with a capitalised word no
   lead opener lists ("Tags Verlo Orsk war Government air raids in ...") is set apart whole:
   the list ends at the capitalised word that at most six lower-case words part from the
   sentence's first function word, not a people's adjective, not a word right before "of" or
   "for", and with no stop within seven words of it; before, the list was cut before its last
   capitalised tag and the tags after it were left in the story's first sentence.
106. the repair of 101 puts back a page's garbled bullet ("â€¢" is "•"), and the clutter shapes
   that read it garbled read "•" alike: an item may close on a bullet of its own ("• Kel Varga
   is a journalist •", a last bulleted line of links "• Get the data • More at the directory
   •"), a closing line may hold several bulleted items, a run-together list's bullet may have a
   quotation mark against it ("•' Three-parent babies' ..."), and a reader's signature before a
   bullet is none when it follows a bullet (a list of names), ends in a number word ("League
   Two •") or comes before a label closing its paragraph ("Kel Varga • Best track:").
107. a caption with no stop opening a paragraph of one sentence after the first, run into a
   sentence whose first word opens sentences (STOPLESSOPENER: a pronoun, "There" or "But"
   before a lower-case word, a determiner before one or a number, "At least" before a
   number), is set apart as a caption: seven to thirty words with no punctuation and no first
   or second person (STOPLESSPERSON), ending on a lower-case word that is no function word and
   names no work, no letter's noun before "A" (STOPLESSLETTERNOUN: "type A"), the sentence
   after it six words or more. The fronted-caption step no longer reads a paragraph where the
   caption step below a run-in one already found a caption, as this step reads none where
   either did (no corpus text cleaned otherwise by that).
108. a photo's description in the present tense (PHOTOCAPTION) is also read in the text's
   second paragraph, below a first paragraph of one sentence that is no caption itself: the
   Guardian's caption without its credit between the head and the story ("Workers clean up
   the oil washed ashore in Alabama."); PHOTOVERB takes "clean up" and "wash ashore", and no
   photo caption holds a habitual adverb ("usually", "often": PHOTONOTINSIDE).
109. Reuters' notices closing its pages are a footer, from the first of them to the text's end:
   its rights notice ("Republication or redistribution of Reuters content ..."), its trademark
   notice ("Reuters and the Reuters sphere logo ..."), its copyright line without the sign
   ("Thomson Reuters 2013 All rights reserved.") and its quotes' and handbook's notes ("All
   quotes delayed a minimum of 15 minutes.", "Thomson Reuters journalists are subject to an
   Editorial Handbook ..."), each opening its paragraph; before, only the advertising block
   after them went. And a wire credit in lower case in brackets ("(reuters)", "(afp)")
   after a sentence's end or opening a paragraph, among the first two paragraphs' first 600
   characters, is a dateline set apart (an Ahram page's "... a monitoring group said. (reuters)
   A missile ..."), as one in capitals was: the standfirst and the story are two paragraphs,
   and a standfirst the story's first sentence repeats then goes as its repeat.
110. a caption in the present tense of what the people in the picture do (a verb of
   CAPTIONVERB or PHOTOVERB, or of CREDITEDVERB, which counts only here: "look for", "take a
   position", "salvage" ...) right before the picture's credit in brackets (an agency or its
   photo desk, a file or archive picture, a site and the agencies it reprints; BRACKETCREDIT),
   the credit doubled or not and the caption closed by a stop or not, is set apart with the
   credit as a caption (in the first paragraphs, an agency's credit before the lead reads it
   as a dateline); opening a paragraph, it must end on the picture's date. A file or archive
   picture's credit after a sentence ("(AP Archive)", "(File photo)") is set apart alone.
   The article's source line crediting an agency right before the site's block of other
   stories ("Source AFP Related News ...") opens the end matter, a footer.
111. a BBC caption at a page's head ending on the words it quotes in single marks, run into the
   lead, is set apart as a caption (two [lead caption] shapes of text/clutter.txt): a clause
   opening the text or following the repeated headline, its subject of capitalised words and
   its verb (LEADVERB), a lower-case article after them and no comma, the quotation's few
   lower-case words closing it (QUOTEDCLOSE), the lead opening on an opener and a lower-case
   word or on its subject and verb (QUOTEDLEAD); and a video's quote box opening the text, a
   speaker's label, a colon and the words in single marks, before a lead that opens on an
   opener and a lower-case word or on "The", "A" or "An", a name and its verb (QUOTEDBOXLEAD).
   The headline stays.
112. two or more linked story titles run together with no label or question mark and into the
   story's next sentence ("Rare view inside Orsk's harbour Wounded ferryman tells story of the
   flood "We will sail ..."": CNN's lists of links of 2011) are set apart as related on a CNN
   page (the outlet its dateline names), not only where a run of titles shows elsewhere: each
   title five to twelve words, the next opening on an everyday word in capitals after a word
   that may end a title, the story's sentence opening plainly after them.
113. CNN's lists of links are read more widely on a CNN page: titles are cut where a word in
   lower case (or a number, a question, a place after "in", "for" and the like) meets a word
   in capitals, not only an everyday word; each title four to twelve words shaped as a
   headline (no pronoun, speech verb, auxiliary save in a question or in a quotation after
   the title's colon, no name and its verb in the past); after two titles one may hold a
   comma; the titles may stand alone when the last is a question, and run into a story's
   sentence of eight words or more that need not open plainly; a plain opening ("The", a
   quotation) ends the titles even after a name, which goes with the last title.
114. a photo caption between a page's headline and a lead that restates the headline's words,
   the three run into the first paragraph's one sentence as flattened BBC pages print them,
   is set apart as a caption (text/clutter_restated_caption.py), where no other caption step
   found one there: the longest headline-shaped run opening the paragraph (no verb of a
   clause, comma or article in capitals after its first word), then the first place after it
   where the words that follow still hold every content word of the headline the rest of the
   sentence holds (two or more), the lead opening there on a subject and a verb of LEADVERB
   after a lower-case word, a month or a weekday, or on a word of LEADOPENER before a
   lower-case word; the caption five to thirty words holding a finite verb, no quotation
   marks, colon, dash or article in capitals after its first word. The headline and the lead
   are left two paragraphs, and the page is then read for captions further down as a page
   with a caption run into its first paragraph is (text/clutter_below_caption.py).
115. Sputnik's short-link widget over the story goes with all its share counters, the zeros
   before the count ("Get short URL 0 73 The ..."), a number after them staying the story's
   ("... 0 85 12 Daesh terrorists were killed"); the same counters closing the page after its
   "..." ("... 0 0") are a share counter as one alone was; and its call to join its Telegram
   channel glued to the story's last sentence ("... of the territory. Never miss a story again
   sign up to our Telegram channel ...!"), cut at its first words with the page's "..." after
   it, is a newsletter call closing the text (the [end newsletter] shape of text/clutter.txt).
116. the restated-lead caption of 114 also ends on a name, the lead opening on a word in
   capitals before a lower-case word that is no function word or verb, or before "and", where
   the text writes the pair nowhere else ("... in Port-au-Prince | Bottlenecks and ...", "...
   in Bashar al-Assad's Syria | Syrian security forces have ..."), and the lead's subject may
   list its names with a comma and "and" (not after an "-ing" word, nor the caption ending on
   a name after a comma); where a caption shape of text/clutter.txt opening the first
   paragraph would take the headline with its caption ("Panic over ... hoax South Africa is
   the only ... case | A hoax ...") or the headline alone before it, the caption the
   lead-caption or restated-lead caption step finds there is set apart instead and the
   headline is kept, a paragraph of its own.
117. FA-KES sites' furniture: a photo credit run in between two sentences with another story's
   headline after it is read as Sputnik's pages print it, the agency with the year its lost
   copyright sign stood by ("AFP 2018 Kel Varga") or the label "Photo" alone, the name in
   capitals, with an initial or glued to its service where a slash was lost, the headline
   holding a lower-case article ("al-Sham") or a dash and its source ("- Moscow") and ending
   before a quotation or at the paragraph's end (the page's last picture); a service after the
   agency's name ("Sputnik News") is a sentence's subject and stays. Al-Alam's clock in six
   figures after its date stamp ("Sat Feb 28 2015 190703") goes with the stamp, at the text's
   start or between the headline and the story; its label in capitals over the headline
   ("URGENT") goes as a scraped field name did; NNA's section label before its
   name and dash ("Regional NNA - ") is the dateline; a wire dateline after the standfirst
   whose comma the copy lost ("DAMASCUS Syria (The Associated Press Kel Varga)", "BEIRUT
   August 21 (The Associated Press)") is one, the writer's name in the brackets the byline.
118. a BBC page's opening byline goes whole: the BBC's name before the writer's role without a
   comma ("By Kel Varga BBC Diplomatic Correspondent", "... BBC UN correspondent"), a BBC
   service or programme ("... BBC Russian", "... BBC Panorama, Orsk"), a role of "Presenter"
   and "BBC World News", and a place of two parts, in lower case after a compass word or
   "in" ("..., Zaatari refugee camp, Vornland", "..., northern Vornland", "..., in Orsk"); a
   place of two capitalised words is one only after a place's first word or before a place's
   own noun ("Golan Heights"), so that the lead's first name stays ("Beirut | Kofi Annan's
   ..."); the author is the name alone. The caption the page prints between that byline and
   its lead, run into the lead with no stop, is set apart as a caption
   (text/clutter_byline_caption.py) where no other caption step found one there: the lead
   opens on a word of BYLINELEADOPENER after a word that is no function word, or, when the
   caption opens on the byline's own name, on the first word in capitals after a lower-case
   word.
119. the writer or the agency with the place the story was filed from, on a line of its own
   closing the text ("Kel Varga in Orsk", "Associated Press in Orsk", "Agencies in Orsk"), is
   set apart as a byline, as the Guardian closes a story or the last part of a piece written in
   parts (text/clutter.txt, [end byline]); not after "I'm", nor on an article or a possessive
   ("My", "Our", "His", "Her", "Its", "Their"), nor closed by a stop.
120. a BBC pull-quote box closed by its speaker's name, with no "End Quote", goes as a caption
   (text/clutter_named_box.py): the quotation opening its paragraph or after a sentence's end,
   five words or more with no stop, quotation mark, colon, semicolon or bracket, at most one
   word in four capitalised, its last word in lower case or a digit and no function word or
   preposition (CREDITOPENINGNOTAFTER) but "that", then a name of two or three capitalised
   words (a title before it or none), a comma and a body or place ("... how to do that Kel
   Varga, University of Orsk"), right before a place where a box's speaker ends (a quotation,
   a sentence opener, a determiner and a capitalised word) or the paragraph's end, where the
   story prints the name elsewhere; the repair step reads such a box out of its paragraph
   before it looks for repeated paragraphs, so that the story's own copy of the boxed words
   stays.
121. a CNN page's head above its dateline goes whole (HEADOUTLET in text/clutter.txt): the
   paragraphs before the dateline that end on a question mark as well as on a stop (a video's
   title, the highlights run into a question put to the reader: "... 40 passengers are
   rescued Are you in Orsk?"), down to the sixth paragraph, where a dateline may stand under a
   columnist's byline, highlights and editor's note ("(CNN) --" without a place opens any
   paragraph now); a headline with no stop stays. A byline run into a question ("By the CNN
   Wire Staff Will the harbour reopen?") is no headline (text/header_patterns.txt, [byline
   opening]): it goes with the head.
122. a press release a news site carries loses the site's note after its headline ("* Reuters
   is not responsible for the content in this press release.", text/clutter.txt, [inline
   other]) and closes at its source line ("SOURCE Orsk Diagnostics, Inc.", [end byline]): the
   word in capitals before a company in mixed case, on a line of its own or after a stop or a
   web address, with the press contacts and footers after it; not run on after a word. An
   American politician's party after the name ("Gov. Kel Varga (R) said ...", "Sens. Ilsa
   Marrow (D) and Kel Varga (R)") is no photo caption's left/right marker: the sentence stays.
123. a caption run into a sentence further down whose lead opens on a fronted adverbial
   (text/clutter_fronted_caption.py) may show its verb by its form alone, not after a function
   word: a past tense on any page (FRONTEDPAST: "Kel Varga lived in Port Varn | In Orsk, ..."),
   a present in "-s" not before "to" on a page that ran another caption into its text
   (FRONTEDPRESENT: "A body lies among the debris | For the crews, ..."); it may open on "A",
   and hold an "and" with no finite verb after it but its own (FRONTEDNOUNJOINER: "Rope and
   timber were ...", "... to the quay and the ferries"), and holds no negation
   (FRONTEDNEGATION).
124. CNN's lists of links cut across two lines after a title that is a question, as a source
   that splits sentences prints them (text/clutter_title_run.py): a paragraph that is one
   title and a question (short, no comma, no pronoun), after one ending on a stop, goes with
   the titles of the next paragraph, and there one title of five words or more, run into the
   story's sentence or alone, is enough ("Can the ferries sail again? | Crews return to the
   flooded harbour quays | According to ..."); a question title after titles alone ending on a
   question goes with them; one title of the list may hold a comma between two others. A
   writer's note closing a comment piece may tell of the writer's book (WRITERBOOK in
   text/clutter.txt: "Kel Varga's latest book is The Harbour Years."), under the guards of the
   note of who the writer is, the person named nowhere before in the piece; a bullet on a line
   of its own above a writer's note goes with it.
125. a column's or a commentary's note on whose opinions it gives is set apart as `other`
   (OPINIONNOTE in text/clutter.txt, [inline other]): "The opinions expressed are his own."
   ("Any views expressed here are her own.") alone on its line or after a sentence's end, or
   run into the next column's sentence after " -- " (Reuters columns), and "The opinions
   expressed in this commentary are solely those of <name>." closing its line (CNN op-eds);
   alone on its line, it goes with the line break after it.
126. a caption run into a quotation opening the sentence of a paragraph further down, as
   flattened BBC pages print a picture's caption before a speaker's words
   (text/clutter_quote_caption.py): the words before the quotation's mark are a caption's plain
   clause with its finite verb, ending on a lower-case word or a name after a function word,
   with no adverb of time before its verb (QUOTECAPTIONTIME: "Two days later the harbour
   master sent ..."), no verb of saying, negation or modal (QUOTECAPTIONMODAL) and not on a
   word announcing a quotation (QUOTECAPTIONNOTLAST), and the quotation is a speaker's
   sentence of five words or more, closed on a comma or a stop or going on into the next
   paragraph ("Crews have waited at the quay for a week | "We have never seen the harbour so
   full," says ...").
127. a registered mark's "(R)" after a product's or a company's name is no photo caption's
   left/right marker (REGISTEREDMARK in text/clutter.txt: the product's kind after it,
   "FloodCast (R) software", the name going on to its kind, "Orsk (R) Point of Care Flood
   Test", or one word used "in" or "using" it), so the sentence stays, unless another marker
   places someone; a CNN list of links cut after each of its question titles, across three
   lines, goes whole (text/clutter_title_run.py: two question titles on lines of their own,
   the first after a stop, before the list's last title), and one a series' label holding a
   pronoun opens (TITLESERIES: "Explain it to me:", read as one label word); a writer's note
   of two sentences, each on a line of its own, the second on the writer's pronoun ("He is
   currently ...", WRITERNOTENEXT), closing a piece goes as the one-sentence note does.
128. the photo caption a CNN page prints under its date-and-writer line ("January 25, 2031 | By
   Kel Varga, CNN"), run into the line's paragraph before the story, is set apart as `caption`
   (text/clutter_photo_caption.py `dated_byline_caption`, DATEDCAPTION in text/clutter.txt):
   one sentence of eight to forty-five words with a story after it, holding a picture's cue
   ("(pictured)", "in this file picture", "is seen") or told in a caption's present tense (a
   photo's or a crowd's verb, "Demonstrators clash with police in Orsk."; or any present in -s
   before its object closed by the picture's day, "... launches a missile toward the coast on
   Saturday."); a lead printed there (past, perfect, copula, reporting verb, a scheduled
   event's present) stays.
129. under CNN's date-and-writer line a caption's cue "is seen", "is pictured", "is shown" must
   be followed by a place's preposition and its name ("are seen outside Varn Hall"), and any
   other present in -s closed by a day no longer tells a caption (a one-sentence lead in the
   present tense, "Kel Varga leads the count on Sunday.", stays); a writer's note's second line
   opens on the pronoun and a note's verb ("He is currently", "She formerly", "He has written",
   "lives", "writes", "teaches"; WRITERNOTENEXT), not any ("She is due in court on Monday."
   stays); a registered mark's name run after "(R)" holds no possessive and no "and" ("Kel
   Varga (R) Ilsa Marrow and Ivo Brandt test ..." is a caption's marker).
130. the link to a whole entry a news blog prints in capitals after an item ("FULL POST", CNN's
   "This Just In" of 2011), opening the next item's paragraph, is set apart as `related`
   (text/clutter.txt, [every related]); before a word in capitals ("FULL POST OFFICE LIST") or
   inside a sentence it stays.
131. a caption closed by its picture's credit in square brackets ("[Anadolu]", "[AFP]",
   "[Getty]", "[Twitter]"; SQUARECREDIT in text/clutter.txt), with no stop before the credit, run
   into the story's next sentence, opening its paragraph or closing the text is set apart as
   `caption` ("... hold the town. A man gets treatment at a clinic in Orsk [Anadolu] It is regularly
   targeted ..."); an editor's word in brackets ("the [UN] Council", "[IS]") stays. A caption
   paragraph of one sentence closed by the picture's note in Reuters' form after a comma (", in this
   handout photograph.", ", in this photo dated March 24.", ", in this image from Orsk TV.") goes
   whole as `caption`. A line opening a paragraph with a name, a fellow's, a director's or a chief
   executive's role and, after a comma, the body (ROLELINE), read to where a sentence opens or to
   the line's end, is set apart as `byline` with no author read: a BBC analyst's box head ("Kel
   Varga Associate fellow, Royal Orsk Institute So far, ...") and a letters page's signature ("Ilsa
   Marrow Director, Orsk Ferries Trust").
132. the closing furniture of a Reuters video page (2011) is set apart: the video's caption, its
   title, length in brackets, day and " - " before a sentence on what it shows ("Gunfire in Orsk
   (2:03) Apr 24 - Amateur video purports to show ..."), on a line of its own or run in after the
   reporter's credit, opens the end matter as `caption` (text/clutter.txt, [end caption]), never
   at the text's start (a video's description that is the whole item stays); the reporter's
   credit left alone on its line ("Kel Varga, Reuters.") is a `byline`, and the "(Transcript)"
   link and the "Rough Cut (no reporter narration)." note alone on a line are `other`. A length
   in brackets inside a sentence ("a short (3:47) video montage") stays.
133. an editor's note below the page's head (EDITORNOTE in text/clutter.txt: "Editor's note:" in
   capitals or "EDITOR'S NOTE --", opening a paragraph or after a word that is no determiner) is
   set apart as `other` with its paragraph (a bullet heading it along); a note on a programme
   printed a sentence a line runs on to the line telling when the programme airs, at most two
   lines on ("Editor's note: <host>'s new show on HLN ... | As part of the effort, ... | This is
   the ninth case, and it will air on HLN at 9 p.m. ET.", CNN's news blog).
134. a caption paragraph telling its picture by "in this" and a word for it needs the picture's
   date or kind there ("in this June 28, 2011 file photo", "in this undated photograph";
   PICTUREKIND in text/clutter.txt), so a story's paragraph of one sentence with another word
   ("Is there any chink of light in this dark picture?") stays, and "photograph" is read as
   "photo" is. A BBC pull-quote box's quotation standing as a paragraph of its own, closed by
   its mark, right above the paragraph opening on "End Quote" is set apart as `caption`
   (BOXQUOTEPARAGRAPH).
135. a page's headline or a subheading run into the sentence after it with no stop between them
   is set off as a paragraph of its own (text/run_in_heading.py, words in
   text/run_in_heading.txt): the article's given headline opening the text before a capitalised
   word ("Ferry sinks off Orsk NGO At least 31 ..."), words in capitals before a clause's opener
   ("HARBOUR ROAD On Friday ..."), title case before "The", "A" or "An" ("Navy Denies The navy
   source ..."), a province's name before a clause's subject ("Orsk Province Army units shelled
   ..."), and a short heading before " -- " opening a paragraph ("Federal budget -- In Varnholt,
   ..."); a sentence opening with a name ("Orsk Liberation Front fighters took ...") stays whole.
136. 135's run-in heading before a clause's subject ("Damascus Countryside Army units ...") needs
   two or three words, or one that is no common English word in lower case: "Yesterday Army
   units shelled ..." stays one sentence; and 133's editor's note is refused after a determiner
   in capitals too ("The Editor's note: was short ..." is a sentence's noun).
137. a graphic's box printed after the story or inside it (text/clutter_graphic_box.py: the BBC's
   boxes on the 2010 Gulf of Mexico oil leak, their titles GRAPHICBOXTITLE in
   text/clutter.txt, run into the box's first sentence: "Underwater efforts to cap oil leak
   Initially, ...") is set apart as `caption`, from its title to the slideshow's "BACK
   {current} of {total} NEXT" control or the text's end; a page opening on the box, or whose
   paragraph before it points to it ("Below we explain ..."), keeps it as its own.
138. a BBC caption telling what someone says, run into the lead opening the text with no stop,
   with or without the headline before it, is set apart as `caption`
   (text/clutter_reported_caption.py: a speaker, a verb of saying or thinking, the words
   reported as a clause of their own, then the lead's subject and verb: "Kel Varga said the
   ferry was developing an alarming list Orsk is slipping ..."; REPORTEDVERB in
   text/clutter.txt); and a place's name in capitals standing as a dateline before the story,
   with its country before a lead's opening word ("KHAN SHEIKHUN Syria A suspected ...", which
   version 135 set off as a paragraph of its own; "UN Syria Envoy said ..." stays) or alone
   where it is a city of text/dateline_cities.txt ("BEIRUT A Russian ...") is set apart as
   `dateline` (DATELINECAPS); a city on a line of its own or before a day stays. 137's box
   stays the page's own only after a paragraph that points to it (GRAPHICBOXPOINTER: "Below we
   explain ...", "The graphic above ..."), not after one saying "below" in passing.
139. 135's run-in heading in title case before "The", "A" or "An" is refused when it is two
   words of which neither is an everyday English word (text/common_words.txt): a name opening
   the sentence ("Kel Varga The singer said ..." keeps its subject); the title's small words and
   the articles closing it are read from text/run_in_heading.txt.
"""

from __future__ import annotations

PIPELINE_VERSION = 139
