"""English articles (hand-written, fictional places and people). See articles_de.py for the keys."""

ARTICLES = [
    # ------------------------------------------------------------------ jsonld
    dict(
        id="en-jsonld-1", lang="en", site="northfield", case="jsonld", pub="2025-10-02 13:20", ld_fmt="ms",
        path="/education/school-board-later-start-times-high-schools", section="Education", author="Dana Whitlock",
        caption="Students arrive at Northfield High", credit="Northfield Post",
        title="School board votes to push back high school start times",
        lead="Starting next fall, classes at Northfield's two high schools will begin at 8:30 a.m., nearly an hour later than now.",
        paras=[
            "After more than a year of debate, the Northfield Board of Education voted 6-1 on Wednesday night to move the first bell at both high schools from 7:35 to 8:30 a.m. Middle schools will shift slightly earlier to make the bus schedule work.",
            "Supporters pointed to research showing that teenagers who start later sleep more, miss fewer classes and are involved in fewer car crashes. \"We've heard from pediatricians, we've heard from students, and the evidence is pretty clear,\" said board president Maria Esposito.",
            "The lone vote against came from member Greg Halvorsen, who said the change would squeeze after-school sports and part-time jobs. Several coaches told the board that practices would now run into the evening during the winter months.",
            "The district estimates the new bus routes will cost about $240,000 more per year. Superintendent Alan Reyes said he would present a detailed transportation plan in the spring.",
        ],
    ),
    dict(
        id="en-jsonld-2", lang="en", site="harbour", case="jsonld", pub="2019-08-09 10:30", ld_list=True,
        ld_type="ReportageNewsArticle", path="/news/saltmarsh-lifeboat-station-new-all-weather-boat",
        section="News", author="Owen Pritchard", caption="The new lifeboat arrives in Saltmarsh harbour", credit="Owen Pritchard",
        title="Saltmarsh lifeboat crew welcome £2.4m all-weather boat",
        lead="Hundreds of people lined the harbour wall as the volunteer crew brought their new lifeboat home for the first time.",
        paras=[
            "The Shannon-class boat, which can reach 25 knots and self-right in seconds if it capsizes, replaces a vessel that has served the station for almost three decades. It was paid for largely by a legacy from a local woman who had spent her life sailing the estuary.",
            "Coxswain Beth Marlowe, who joined the crew as a teenager, said the difference would be felt on the worst nights of the year. \"The old boat did us proud, but this one gets us to people faster and keeps the crew safer while we do it,\" she said.",
            "The station launched 41 times last year, most often to fishing boats and yachts in difficulty, but also to walkers cut off by the tide on the sandbanks.",
            "Training on the new boat will continue over the coming weeks before it officially goes on service. A naming ceremony is planned for the autumn.",
        ],
    ),
    # ------------------------------------------------------------------ meta
    dict(
        id="en-meta-1", lang="en", site="lakeshore", case="meta", pub="2020-09-14 15:00", meta="parsely-pub-date",
        path="/news/local/bluff-erosion-closes-beach-access-stairs", section="Local", author="Marcus Tillman",
        caption="A damaged stairway on the bluff", credit="Lakeshore Tribune",
        title="Bluff erosion forces closure of three beach stairways",
        lead="High water and autumn storms have eaten away the bluffs below Sheridan Road, leaving public stairways hanging in the air.",
        paras=[
            "The village has closed three of its five public beach stairways after engineers found that the bluff beneath them had eroded by as much as eight feet this year. Concrete footings on the lowest landing of the Elm Street stairs now hang over open sand.",
            "Public works director Karen Obi said the closures would remain in place at least until spring. Repairs could cost more than $1 million, and the village is applying for state coastal resilience funding to help pay for them.",
            "Lake levels have hovered near record highs for two years. Combined with strong northeast winds, the water reaches the base of the bluffs far more often than it used to, scientists say.",
            "Residents are asked to use the Lincoln Avenue and Park Drive entrances, which remain open.",
        ],
    ),
    dict(
        id="en-meta-2", lang="en", site="civicwire", case="meta", pub="2023-04-25 09:00", meta="sailthru.date",
        path="/stories/rural-broadband-grants-leave-gaps-in-appalachian-counties", section="Technology",
        author="Priya Raman", caption="A fiber crew in Wise County", credit="Civic Wire",
        title="Broadband grants leave gaps in Appalachian counties",
        lead="Billions in federal money are flowing to rural internet projects. But in some of the hardest-to-reach hollows, residents are still waiting.",
        paras=[
            "WISE, Va. (Civic Wire) — Linda Combs can see the fiber cable from her porch. It runs along the state road at the bottom of the hill, a quarter mile away, but it stops there. The company that laid it says extending the line to her house and six neighbors would cost more than the grant allows.",
            "Her story is common across the region, according to a Civic Wire analysis of grant maps in 14 counties. Many households counted as served by new projects in fact sit hundreds of yards beyond the end of the line, the review found.",
            "State broadband officials say they are aware of the problem and are revising how they measure coverage. Providers argue that the last stretch to isolated homes is exactly where costs explode, often reaching $20,000 or more per connection.",
            "For now, Combs relies on a cellular hotspot that drops out whenever it rains. Her grandson does his homework in the parking lot of the public library.",
        ],
    ),
    # ------------------------------------------------------------------ time-tag
    dict(
        id="en-time-1", feed=True, feed_delay=7, feed_fmt="utc", lang="en", site="harbour", case="time-tag", pub="2022-05-16 11:40", style="uk_long_time",
        path="/news/island-ferry-operator-scraps-winter-timetable", section="News", author="Owen Pritchard",
        caption="The ferry at the island slipway", credit="Owen Pritchard",
        title="Island ferry operator scraps winter timetable",
        lead="Islanders say they will be cut off for days at a time after the operator announced it would run only two crossings a week between November and March.",
        paras=[
            "Lindholm Ferries, which holds the contract for the crossing to St Brannoc's Isle, said rising fuel costs and a shortage of qualified crew had made the current service unsustainable. Under the new timetable, the boat would sail only on Tuesdays and Fridays in winter.",
            "The island has about 180 permanent residents, including a primary school and a small care home. Parish council chair Nerys Tate called the decision \"devastating\" and said nurses and teachers who commute from the mainland would have no way to get to work.",
            "The county council, which subsidises the route, said it had not been consulted and would be seeking urgent talks with the company. Its contract runs for another three years.",
            "A public meeting is being organised at the island hall.",
        ],
    ),
    dict(
        id="en-time-2", lang="en", site="ledger", case="time-tag", pub="2026-02-03 08:10", style="us_long",
        path="/news/county-board-adopts-wind-turbine-setback-rules/", section="News", author="Hank Delacroix",
        caption="Turbines near Route 9", credit="Midland Ledger",
        title="County board adopts stricter setbacks for wind turbines",
        lead="New turbines will have to stand at least 2,000 feet from homes, a rule developers say could halt two planned projects.",
        paras=[
            "After a four-hour hearing that drew more than 200 people to the courthouse, the Harlan County Board voted 5-2 to require that wind turbines be set back at least 2,000 feet from occupied homes, up from 1,400 feet.",
            "Opponents of the projects said the larger buffer would reduce noise and the flicker of shadows from spinning blades. \"We're not against wind. We just don't want to live under it,\" said Carol Brandt, whose farm borders one of the proposed sites.",
            "Landowners who had signed leases with developers argued that the payments help keep family farms afloat. One developer said in a statement that the new rule would make its 60-turbine project \"very difficult, if not impossible\" to build.",
            "State lawmakers are considering a bill that would set uniform standards and override county rules.",
        ],
    ),
    # ------------------------------------------------------------------ text-only
    dict(
        id="en-text-1", lang="en", site="byteletter", case="text-only", pub="2024-03-19 07:00", style="uk_long",
        path="/p/age-checks-are-coming-heres-what-nobody-has-explained", section="Newsletter", author="Tessa Moorcroft",
        caption="", credit="",
        title="Age checks are coming. Here's what nobody has explained",
        lead="Platforms will soon have to verify that users are adults before showing them certain content. The technology is less mature than the regulators suggest.",
        paras=[
            "Good morning. This week I want to talk about age assurance, the umbrella term for the ways websites will be expected to work out how old you are. It sounds technical and boring. It is about to affect almost everyone who uses the internet in this country.",
            "There are roughly three approaches on the table. You can upload an identity document, which is accurate but raises obvious privacy questions. You can let a company estimate your age from a selfie, which is convenient but gets it wrong more often for some groups than others. Or you can rely on a third party, like your bank or mobile operator, to vouch for you.",
            "What the guidance does not say is who pays, who stores the data, and what happens when the systems fail. Small forums and hobby sites are particularly worried. Several moderators told me they would rather shut down than run ID checks on their members.",
            "I'll be following the consultation closely. As always, reply to this email if you have thoughts or stories to share.",
        ],
    ),
    dict(
        id="en-text-2", lang="en", site="civicwire", case="text-only", pub="2021-09-29 11:00", style="ap",
        path="/stories/state-audit-finds-gaps-in-small-water-system-testing", section="Environment",
        author="Jared Olsen", caption="A rural water tower", credit="Civic Wire",
        title="State audit finds gaps in testing at small water systems",
        lead="Dozens of small utilities skipped required tests for lead and bacteria, and regulators rarely followed up, auditors say.",
        paras=[
            "HARRISBURG, Pa. (Civic Wire) — Nearly one in five small drinking water systems in the state missed at least one required round of testing over a three-year period, according to an audit released Wednesday.",
            "The systems, which serve mobile home parks, rural subdivisions and small towns, often rely on a single part-time operator. Auditors found that when tests were missed, the state environmental agency sent a letter but seldom took further action.",
            "\"Families in these communities have the same right to safe water as anyone in a big city,\" the auditor general said at a news conference. The report recommends hiring more inspectors and creating a fund to help small systems pay for lab work.",
            "A spokesperson for the environmental agency said it agreed with most of the findings and had already begun contacting the systems involved.",
        ],
    ),
    # ------------------------------------------------------------------ url-only
    dict(
        id="en-url-1", lang="en", site="ledger", case="url-only", pub="2020-04-17 10:00",
        path="/2020/04/17/farmers-market-to-reopen-with-drive-through-pickup/", section="Community",
        author="Hank Delacroix", caption="Vendors at the fairgrounds", credit="Midland Ledger",
        title="Farmers market to reopen with drive-through pickup",
        lead="Shoppers will order online and collect their produce without leaving their cars.",
        paras=[
            "The Harlan County Farmers Market will open for the season at the fairgrounds, but it will look very different. Instead of browsing stalls, customers will place orders on the market's website by Thursday night and pick them up in a drive-through lane on Saturday morning.",
            "Market manager Tina Vogel said about 30 vendors had signed up, selling everything from eggs and honey to bedding plants. \"Our farmers still have food to sell, and people still want to buy local. We just had to figure out a safe way to do it,\" she said.",
            "Volunteers wearing gloves will load boxes into trunks. Payment will be handled online, and the market is working on a way to accept food assistance benefits.",
            "Organizers hope to return to a regular market later in the summer if health guidelines allow.",
        ],
    ),
    dict(
        id="en-url-2", lang="en", site="harbour", case="url-only", pub="2025-06-30 12:00",
        path="/news/2025/06/30/volunteers-clear-beach-litter-after-heatwave-weekend/", section="News",
        author="Amira Haddad", caption="Volunteers on East Beach", credit="Amira Haddad",
        title="Volunteers clear two tonnes of litter after hot weekend",
        lead="Disposable barbecues, cans and even abandoned tents were left on the sand as thousands flocked to the coast.",
        paras=[
            "More than 80 volunteers turned out at first light to clean up East Beach after one of the busiest weekends of the year. By mid-morning they had filled more than 200 sacks, weighing about two tonnes in total.",
            "Among the haul were dozens of disposable barbecues, several of which had scorched the grass above the promenade, along with a gazebo, three tents and a child's paddling pool.",
            "Organiser Sam Kilbride said the mess was worse than last summer. \"Most people are brilliant and take their rubbish home. It's a minority, but it's a big minority on a day like that,\" he said.",
            "The borough council said it had doubled bin collections and would consider banning barbecues on the beach.",
        ],
    ),
    # ------------------------------------------------------------------ feed-only
    dict(
        id="en-feed-1", lang="en", site="northfield", case="feed-only", pub="2024-12-11 18:05", feed=True,
        path="/local/city-council-passes-budget-with-property-tax-increase", section="Local", author="Dana Whitlock",
        caption="City Hall", credit="Northfield Post",
        title="City council passes budget with 3% property tax increase",
        lead="The spending plan adds four firefighters and repairs the aging public works garage, but leaves library hours unchanged.",
        paras=[
            "Northfield's city council approved a $68 million budget on Wednesday evening that raises the property tax levy by 3 percent, the smallest increase in four years.",
            "For the owner of a median-priced home, the change amounts to about $54 a year, according to the finance department. Most of the new money will go to public safety, including four additional firefighters for the station on the east side.",
            "Council member Joyce Adeyemi tried unsuccessfully to restore Sunday hours at the main library, which were cut during the pandemic. Her amendment failed 4-3.",
            "Mayor Tom Kessler called the budget \"responsible and realistic\" and said the city would need to find new revenue in coming years as federal grants expire.",
        ],
    ),
    dict(
        id="en-feed-2", lang="en", site="lakeshore", case="feed-only", pub="2021-01-19 12:30", feed=True, feed_fmt="utc",
        path="/news/local/ice-fishing-thin-ice-warning-harbor", section="Local", author="Marcus Tillman",
        caption="Anglers on the harbor ice", credit="Lakeshore Tribune",
        title="Fire department warns anglers about thin ice near harbor",
        lead="A mild winter has left the ice dangerously thin in places, even though it looks solid from the shore.",
        paras=[
            "Firefighters rescued two men on Sunday after their snowmobile broke through the ice about 300 yards off the harbor breakwall. Both were treated for hypothermia and released from the hospital.",
            "Fire Chief Dennis Kowalczyk said the ice near the harbor mouth is weakened by currents and by warm water from the treatment plant outflow. \"It can be eight inches thick in one spot and two inches a few feet away,\" he said.",
            "The department recommends at least four inches of clear ice for walking and at least six inches for snowmobiles. Anglers should carry ice picks and tell someone where they are going.",
            "The harbor area will be patrolled by drone over the weekend.",
        ],
    ),
    # ------------------------------------------------------------------ http-only
    dict(
        id="en-http-1", lang="en", site="ashby", case="http-only", pub="2023-11-08 14:00", lm=True, lm_delay=10,
        path="/news/changes-to-garden-waste-collections", section="News", author="Communications team",
        caption="A garden waste bin", credit="Ashby Vale District Council",
        title="Changes to garden waste collections",
        lead="Garden waste will be collected every four weeks during the winter months, and the annual subscription will rise by £4.",
        paras=[
            "From the start of December, brown bin collections will move to a four-weekly schedule until the end of February, when fortnightly collections will resume. Your collection day will not change.",
            "The subscription for the coming year will be £52, up from £48. The council says the increase reflects higher fuel and vehicle costs and is still below the average charged by neighbouring authorities.",
            "Residents who subscribe before the end of January will receive a £5 discount. You can sign up or renew online, or by calling our contact centre.",
            "Cllr Rebecca Stone, cabinet member for the environment, said: \"We know garden waste matters to our residents, and we have worked hard to keep the service affordable.\"",
        ],
    ),
    dict(
        id="en-http-2", lang="en", site="civicwire", case="http-only", pub="2019-03-05 10:00", lm=True, lm_delay=95,
        path="/stories/libraries-push-back-on-e-book-lending-prices", section="Culture", author="Priya Raman",
        caption="A reader browses e-books on a tablet", credit="Civic Wire",
        title="Libraries push back on e-book lending prices",
        lead="Public libraries pay several times the consumer price for digital books, and the licenses often expire after two years.",
        paras=[
            "DENVER (Civic Wire) — When a patron at the Pine Ridge Public Library borrows a popular novel as an e-book, the library may have paid $55 for a license that expires after 24 months. The same title costs a reader about $15.",
            "Librarians say the pricing is eroding their ability to serve readers who increasingly prefer digital formats, including older patrons with poor eyesight who enlarge the text on tablets.",
            "Publishers argue that library lending cuts into sales and that the licensing terms reflect the fact that a digital copy never wears out.",
            "Several state legislatures are considering bills that would require publishers to offer e-books to libraries on reasonable terms.",
        ],
    ),
    # ------------------------------------------------------------------ copyright
    dict(
        id="en-copyright-1", lang="en", site="ashby", case="copyright", pub="2020-02-07 12:00",
        src="text", style="uk_long", label=True, copyright="© 2019-2025 Ashby Vale District Council",
        path="/news/new-play-area-opens-at-millbrook-park", section="News", author="Communications team",
        caption="Children try out the new equipment", credit="Ashby Vale District Council",
        title="New play area opens at Millbrook Park",
        lead="The refurbished play area includes equipment designed for children with disabilities.",
        paras=[
            "Families in Millbrook can now enjoy a completely refurbished play area after a £180,000 makeover funded by developer contributions and a grant from a national charity.",
            "The new equipment includes a wheelchair-accessible roundabout, a sensory play panel and a wide basket swing that can be used by children who need extra support. The surfacing has been replaced to make the area easier to move around.",
            "Local parents were involved in choosing the designs through a series of drop-in sessions last year. Cllr Amrit Bains, who represents Millbrook ward, said the result showed what could be achieved when residents had a real say.",
            "The park's toilets and café remain open daily.",
        ],
    ),
    # ------------------------------------------------------------------ comments
    dict(
        id="en-comments-1", lang="en", site="ledger", case="comments", pub="2021-05-11 09:30", src="time",
        style="us_long", comment_fmt="us_long", path="/news/grain-elevator-to-be-demolished-after-century/",
        section="News", author="Hank Delacroix", caption="The elevator in Corliss", credit="Midland Ledger",
        title="Corliss grain elevator to be torn down after a century",
        lead="The concrete landmark can be seen for miles across the prairie. Its owner says it is too costly to repair.",
        paras=[
            "For almost 100 years, the grain elevator in Corliss has been the first thing travelers see when they approach the town of 600 people. By the end of summer, it will be gone.",
            "The cooperative that owns it said inspections found cracks in the concrete silos that would cost more than $700,000 to fix. Farmers now deliver most of their grain to a modern terminal 20 miles away.",
            "A group of residents tried to have the structure listed as a historic site but could not raise enough money for a feasibility study. The co-op has offered to preserve the painted sign with the town's name.",
            "Demolition is expected to take about six weeks.",
        ],
        comments=[
            ("Ruth P.", "2021-05-11 20:12", "My grandfather helped build that elevator. Sad day for Corliss."),
            ("dbrandt", "2021-05-13 07:44", "Would be nice if they kept at least one silo as a memorial."),
            ("Mike Sorensen", "2021-06-22 16:05", "Drove past today, the crew is already on site."),
        ],
    ),
    dict(
        id="en-comments-2", lang="en", site="northfield", case="comments", pub="2025-07-08 10:15",
        src="text", style="us_long_time", comment_style="time", comment_fmt="us_long",
        path="/local/splash-pad-closed-after-pump-failure", section="Local", author="Leo Hartmann",
        caption="The empty splash pad at Riverside Park", credit="Northfield Post",
        title="Riverside splash pad closed after pump failure",
        lead="Parks officials say replacement parts are on back order, and the popular water feature could stay dry for several weeks.",
        paras=[
            "The splash pad at Riverside Park, one of the few free places for families to cool off in the city, has been shut since a pump failed over the holiday weekend.",
            "Parks director Angela Moss said the part needed to fix it is made by a single manufacturer and is not expected to arrive until next month. The city is looking at renting a temporary pump in the meantime.",
            "The closure comes as forecasters predict temperatures in the 90s for much of the week. The city has extended hours at its two public pools and opened cooling centers at the library and the senior center.",
            "Residents can check the parks department's social media pages for updates.",
        ],
        comments=[
            ("Jess M.", "2025-07-08 19:30", "We went there yesterday and wondered what was going on. Thanks for the update."),
            ("northside_dad", "2025-07-10 08:02", "Every summer something breaks. Maybe budget for spare parts?"),
            ("Carla R.", "2025-07-29 14:47", "It's open again as of this morning!"),
        ],
    ),
    # ------------------------------------------------------------------ updated
    dict(
        id="en-updated-1", lm="2022-11-24 16:14", lang="en", site="harbour", case="updated", pub="2022-11-23 07:45", upd="2022-11-24 16:10",
        src=["jsonld", "updtext"], ustyle="uk_long_time", path="/news/storm-cuts-power-to-thousands-of-homes",
        section="News", author="Amira Haddad", caption="A fallen tree on the coast road", credit="Amira Haddad",
        title="Storm leaves thousands of homes without power",
        lead="Gusts of up to 80mph brought down trees and power lines across the county overnight.",
        paras=[
            "About 14,000 homes lost power as the storm swept in from the Channel, with the worst damage in exposed coastal villages. Engineers worked through the night to restore supplies.",
            "The coast road between Saltmarsh and Kingsmere was closed for several hours after a tree fell across both lanes. Several schools opened late, and one primary school remained closed because of a damaged roof.",
            "The electricity network operator said most customers had been reconnected by the afternoon, but some rural properties could be without power for longer. Welfare vans have been sent to villages where elderly residents are affected.",
            "This article has been updated with the latest figures from the network operator.",
        ],
    ),
    dict(
        id="en-updated-2", lang="en", site="civicwire", case="updated", pub="2026-06-10 09:00", upd="2026-06-12 13:30",
        src="text", style="ap", path="/stories/heat-plans-lag-in-midsize-cities", section="Climate",
        author="Jared Olsen", caption="A cooling center in Dayton", credit="Civic Wire",
        title="Most midsize cities still lack a heat emergency plan",
        lead="A survey of 120 cities found that fewer than a third have a written plan for protecting residents during extreme heat.",
        paras=[
            "COLUMBUS, Ohio (Civic Wire) — Extreme heat kills more Americans than any other weather hazard, yet most midsize cities have no formal plan for dealing with it, according to a survey by Civic Wire and a university research team.",
            "Only 37 of the 120 cities surveyed had a written heat plan that spelled out when cooling centers open, who checks on vulnerable residents and how warnings are sent. Many relied on ad hoc decisions by individual departments.",
            "Cities that did have plans often focused on opening public buildings, with little attention to transportation. Several emergency managers said people most at risk are the least able to reach a cooling center.",
            "Correction: An earlier version of this story misstated the number of cities with written plans. It is 37, not 34.",
        ],
    ),
    # ------------------------------------------------------------------ teasers
    dict(
        id="en-teasers-1", lang="en", site="northfield", case="teasers", pub="2023-09-19 16:40", src="time",
        style="us_long", teaser_style="time", teaser_fmt="us_long",
        path="/sports/northfield-hawks-win-homecoming-thriller", section="Sports", author="Leo Hartmann",
        caption="Quarterback Jaylen Brooks celebrates", credit="Northfield Post",
        title="Hawks rally to win homecoming thriller in overtime",
        lead="Northfield scored 14 points in the final four minutes of regulation and won on a field goal in overtime.",
        paras=[
            "Down 24-10 with four minutes left, the Northfield Hawks looked finished. Then quarterback Jaylen Brooks threw a 45-yard touchdown pass to Eli Turner, and the defense forced a fumble on the next play.",
            "Brooks ran in the tying score with 38 seconds left, and kicker Sofia Marquez, the first girl to play varsity football at the school, sealed the 27-24 win with a 31-yard field goal in overtime.",
            "\"I've been coaching 22 years and I don't think I've seen a homecoming like that,\" said head coach Darnell Price. The win keeps the Hawks unbeaten in conference play.",
        ],
        teasers=[
            ("Marquez makes history as first girl on varsity roster", "2023-08-24 12:00", "/sports/marquez-first-girl-varsity-football"),
            ("Hawks face unbeaten Lincoln on Friday", "2023-09-26 09:30", "/sports/hawks-preview-lincoln"),
            ("Cross-country team sweeps invitational", "2023-10-02 15:10", "/sports/cross-country-invitational"),
        ],
    ),
    # ------------------------------------------------------------------ archive
    dict(
        id="en-archive-1", lang="en", site="ledger", case="archive", pub="2019-10-22 11:15", src="text",
        style="us_long", label=True, archive=dict(now="2026-11", n=12),
        path="/news/harvest-festival-returns-to-main-street/", section="Community", author="Tina Vogel",
        caption="Hay bales on Main Street", credit="Midland Ledger",
        title="Harvest festival returns to Main Street",
        lead="After moving to the fairgrounds for several years, the festival is back downtown with a tractor parade and a pie contest.",
        paras=[
            "Main Street will be closed to traffic on Saturday as the Harlan County Harvest Festival returns to its original home downtown. Organizers say shop owners asked for the move because the fairgrounds drew visitors away from local businesses.",
            "The day begins with a pancake breakfast at the fire hall, followed by the antique tractor parade at 10 a.m. Children can ride a hay wagon, visit a petting zoo and compete in a pumpkin rolling race.",
            "The pie contest, judged by three retired home economics teachers, always draws a crowd. Last year's winner, a sour cherry pie, sold at auction for $400, with proceeds going to the county food pantry.",
            "Parking is available at the high school, with a free shuttle running every 15 minutes.",
        ],
    ),
    dict(
        id="en-archive-2", lang="en", site="ledger", case="archive", pub="2025-01-06 08:45", src="time",
        style="us_long", archive=dict(now="2026-11", n=10, posts=9),
        path="/news/snowplow-drivers-shortage-rural-roads/", section="News", author="Hank Delacroix",
        caption="A county plow truck", credit="Midland Ledger",
        title="Short on drivers, county warns rural roads will be plowed last",
        lead="The highway department has 11 plow drivers for 19 routes and is asking residents to be patient after the next storm.",
        paras=[
            "Harlan County's highway department is heading into the snowiest part of winter with eight fewer plow drivers than it needs, and officials say residents on gravel roads should expect longer waits.",
            "Highway superintendent Ray Lindgren said the county lost several experienced drivers to retirement and to private trucking companies that pay more. A commercial driver's license takes weeks to obtain, making it hard to fill gaps quickly.",
            "Paved routes to the hospital, schools and the county seat will be cleared first. Township roads may not be plowed until a day or more after the snow stops.",
            "The county board will consider a pay increase for drivers at its next meeting.",
        ],
    ),
    # ------------------------------------------------------------------ future event
    dict(
        id="en-event-1", lang="en", site="ashby", case="future-event", pub="2025-09-16 10:00", src="text",
        style="uk_long", label=True, event="2025-10-12",
        path="/news/residents-invited-to-have-their-say-on-town-centre-plan", section="News", author="Communications team",
        caption="Ashby market square", credit="Ashby Vale District Council",
        title="Residents invited to have their say on town centre plan",
        lead="A public meeting will be held next month on proposals to pedestrianise part of the market square.",
        paras=[
            "The council is consulting on a draft masterplan for Ashby town centre, which includes proposals to close part of the market square to traffic, widen pavements on Bridge Street and create a new cycle route to the railway station.",
            "A public meeting will take place at the Corn Exchange on Sunday 12 October 2025 from 2pm, where officers will present the plans and answer questions. Residents can also view the proposals at the library and complete a survey online.",
            "Traders have expressed mixed views. Some welcome the chance to put tables outside, while others fear losing passing trade if short-stay parking is removed.",
            "The consultation closes at the end of October. A final plan will go to the cabinet early next year.",
        ],
    ),
    # ------------------------------------------------------------------ conflict
    dict(
        id="en-conflict-1", feed=True, feed_delay=3, lang="en", site="northfield", case="conflict", pub="2024-06-03 06:30",
        src=["jsonld", "time"], style="us_long", ld_fmt="offset", path="/local/2024/05/31/old-mill-redevelopment-approved",
        section="Local", author="Dana Whitlock", caption="The old Crane Mill on the river", credit="Northfield Post",
        title="Planning board approves apartments at old Crane Mill",
        lead="The long-vacant textile mill will be converted into 120 apartments, a quarter of them priced for lower-income renters.",
        paras=[
            "After three years of hearings, the Northfield Planning Board gave final approval to a plan to turn the Crane Mill into housing. The brick complex on the river has been empty since the textile company closed in the 1990s.",
            "The developer, Riverbend Partners, will keep the mill's clock tower and exposed beams and add a public walkway along the water. Thirty of the 120 units will be reserved for households earning less than 80 percent of the area median income.",
            "Neighbors raised concerns about traffic on Mill Street and flooding, since part of the site lies in a flood zone. The board required the developer to raise the ground floor and build a new stormwater system.",
            "Construction could begin next spring.",
        ],
    ),
    # ------------------------------------------------------------------ nodate
    dict(
        id="en-nodate-1", lang="en", site="harbour", case="nodate", path="/contact/how-to-send-us-a-story-tip",
        section="About us", author=None, caption="", credit="",
        title="How to send us a story tip",
        lead="Our reporters rely on readers to tell us what is happening in their communities. Here is how to get in touch safely.",
        paras=[
            "If you have seen something newsworthy, the quickest way to reach the newsroom is by email. Please include your name, a phone number and as much detail as you can: what happened, where, and who else might know about it.",
            "Photos and videos are welcome. Please tell us whether you took them yourself and whether you are happy for us to credit you. We never publish readers' contact details without permission.",
            "For sensitive information, you can contact us through an encrypted messaging app. Our reporters will treat your identity as confidential and will discuss with you how information can be verified without putting you at risk.",
            "We read every message, but we cannot reply to all of them. If your tip concerns an emergency, please contact the police or the relevant service first.",
        ],
    ),
]
