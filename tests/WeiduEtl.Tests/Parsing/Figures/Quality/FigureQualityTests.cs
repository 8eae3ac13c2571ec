using System.Text.Json.Nodes;
using WeiduEtl.Parsing.Figures;
using WeiduEtl.Parsing.Figures.Quality;
using WeiduEtl.Publishing.Quality;
using Xunit.Abstractions;

namespace WeiduEtl.Tests.Parsing.Figures.Quality;

/// <summary>
/// Figures on hand-labelled corpus pages (tests/fixtures/figures, conventions in its README): found with value and
/// unit, qualifiers right, labels agreeing with a reader's, and figures taken from years, dates, ordinals, names or
/// set phrases. Rule-writing pages and held-out pages are reported apart. Floors are measured values; they may rise.
/// </summary>
/// <remarks>
/// Measured 2026-11-30. The first four held-out pages (2020-01-20: 02, 10, 11, 16) scored, as they arrived, found 69/80,
/// qualifiers 67/69, labels 40/68; three more labelled pages (20200102-11, 20200113-18, 20200120-08) scored blind found
/// 48/50, qualifiers 48/48, labels 31/47. Rules were then written from both sets, so those seven pages and the first
/// eight are the rule-writing pages: found 255/267 -> 263/267, qualifiers 254/255 -> 263/263, labels 207/246 -> 237/254,
/// false figures 5 -> 1 (三次采油, a technical term read as three times).
/// The held-out pages now (20200113-11, 20200120-06, 20200120-15: a state firm's results, a feature, a sports preview)
/// were labelled after those rules and scored once: found 65/67 (0.97; 零下23摄氏度 is read as 23), qualifiers 64/65,
/// labels 36/58 (0.62: narrative pages whose subjects sit clauses away), 3 false figures (两个 and 两项 summing up a
/// list joined by 和, which the structure rule only knows for 、-lists).
/// Issue 19's label grammar (PartLabel, ShareOfWhole, SurveySubject, CompletionLabel, ListHead, compound measure nouns,
/// long nouns after a measure word) was written from the rule-writing pages' 17 label disagreements only and tested on
/// made-up lines (FigureLabelGrammarTests): rule-writing labels 237/254 -> 249/253, false 1 -> 0 (三次采油 is a set
/// name; 德国和英国这两个主要竞争对手 moved from the figures to never, as the README's 和-list convention says). Held out,
/// measured once after: found 65/67 -> 67/67 (零下23摄氏度 now -23), qualifiers 64/65 -> 66/67, labels 36/58 -> 40/60
/// (0.67), false 3 -> 0 (the 和-list rule and 冬季两项 as a set name were checked against those three lines, so the
/// held-out false count is no longer blind).
/// Second round (2026-11-30): grammar for 将/把 objects, relative clauses with a measure noun, heads after a modifier,
/// 是-predicates, group and role nouns, activity durations and contest names (FigureLabelPhraseTests,
/// FigureEventNameTests) was written from those three held-out pages' misses and from the two fresh pages
/// (20200113-15, 20200102-05), which all moved to rule writing: rule-writing labels 249/253 -> 323/330 (0.98, eight more
/// pages; qualifiers 345/346: 大约还有两年 read exact), the three old held-out pages 40/60 -> 59/60, the fresh pages' 16 false figures (5人龙舟100米直道赛) -> 0.
/// Two new pages (20200102-14 扶贫 feature, 20200120-18 老旧小区改造 finance) were labelled by reading them before any
/// parser output on them and scored once after the last rule: found 59/61 (2毛, 8趟: no units), qualifiers 59/59,
/// labels 36/58 (0.62), 3 false figures (几十条 in a folk rhyme; 三个方面 and 两种模式 announcing what follows).
/// Third round (2026-11-30, issue 19's held-out targets): two fresh pages (20200102-12 film market, 20200113-14 wetland
/// compensation) were labelled by reading them and scored once before any rule: found 70/71, qualifiers 67/70, labels
/// 57/70 (0.81), 4 false figures (几十年, 数十万只, 几万元, 这两部); they are rule-writing pages now. Rules were written
/// from made-up lines in a city daily's, a national daily's, a business paper's, a feature's and a finance page's style
/// (FigureLabelNewsStyleTests) and from the fresh pages' misses, never from the held-out pages' labels or differences;
/// the held-out totals were read after each of three commits. Set phrases (a count of abstract category nouns: 三个方面,
/// 两种模式), counts a demonstrative points back with (这两部) and vague counts (几十, 数十万) are no figures now; two
/// rule-writing labels that the contract already called structure moved to never (这3块场地, 本科、高职（专科）两个阶段).
/// Rule-writing (24 pages): found 414/419, qualifiers 412/414, labels 390/399 (0.977), false 0. Held out: found 59/61,
/// qualifiers 59/59, labels 36/58 -> 43/58 (0.74), false figures 3 -> 0.
/// Fourth round (2026-12-01): two fresh pages (20200102-06 groundwater network, 20200113-06 village feature and an
/// inspection report) were labelled by reading them before any extractor run and scored once: found 77/82 (0.94),
/// qualifiers 77/77, labels 58/76 (0.76), 5 extra, 1 false figure (10天之后). Grammar from their misses, each on made-up
/// lines (FigureLabelNounPhraseTests, FigureTimeAndSessionTests): a verb of handling ending its clause names the count
/// (查处), quoted terms and bracketed glosses stay in the noun, a count before an uncounted 、-list covers it, 从A扩展到B,
/// ages before a person word, 党组织, 一年来 as a span, a span set off with 之后， as a point in time, N次 after 届 as a
/// sitting, 轮, 四处 before a verb. After: 81/82, labels 72/77 (0.94), 0 extra, 0 false. Then two more fresh pages
/// (20200113-02 village feature, 20200113-19 science feature), labelled the same way and scored once with those rules in:
/// found 23/24, qualifiers 23/23, labels 12/16 (0.75), 2 extra, 1 false (村8组); after rules from their misses
/// (当了N年+object, 足足, share nouns with words of their own, 村N组 a name, 个春秋) 24/24, labels 19/20, false 0. Two
/// more rules came from made-up finance lines only (…，占年度计划的92%; 其中…的有N个). All four pages are rule-writing
/// pages now; 20200102-17's 一年来 moved from never to figures, as the fixture README's 两年来 convention says.
/// Rule-writing (26 pages): found 522/527, qualifiers 520/522, labels 481/496 (0.970), false 0. Held out, read as
/// totals only after each commit: found 59/61, qualifiers 59/59, labels 43/58 (0.741) unchanged, false 0.
/// Fifth round (2026-12-01): three fresh pages (20200102-04 holiday events and a community canteen, 20200102-15 new-year
/// fitness, 20200102-19 legal aid stories) were labelled by reading them and scored once before any rule: found 57/61
/// (0.93), qualifiers 57/57, labels 43/56 (0.77), 1 extra, 1 false figure (8小时之外). Grammar by the position of the
/// counted noun, each on made-up city- and national-daily lines (FigureLabelPositionTests): the person an age is of
/// (87岁的刘爱民, 李大爷今年75岁), a sentence's term (有期徒刑13年), a duration after a verb of keeping up or taking time
/// (已坚持38年, 需要10年) or between a verb and 的 (拖欠近一年的工资), a count after 等, Latin letters and quoted terms in
/// a counted noun, a length before a way (10公里冰雪赛道), money nouns ending in 金/款/费, a verbal 次 before its deed, a
/// sentence of a date and a bare figure running on from the topic before, verbs of giving money ending a label, 8小时之外
/// a set phrase. After: fresh pages labels 55/56, false 0; rule-writing (29 pages) found 579/588, qualifiers 577/579,
/// labels 543/552 (0.984), false 0. Held out, read as totals only after each commit: found 59/61, qualifiers 59/59,
/// labels 43/58 -> 46/58 (0.793), false 0.
/// Sixth round (2026-12-01): five fresh pages (20200113-03 Myanmar corridor and a commentary, 20200113-04 inspection
/// report and restaurant boats, 20200113-07 readers' letters on prepaid fees, 20200113-01 a village revisited,
/// 20200102-01 a commentary on poverty) were labelled by reading them and scored once before any rule: found 80/89
/// (0.90), qualifiers 80/80, labels 59/73 (0.81), 8 extra, 4 false figures (48家 inside a club's name, 八项规定, 三番五次,
/// 货比三家). Grammar from their misses, each on made-up lines in a district newsletter's, a county bulletin's, a court
/// report's and a provincial daily's style (FigureLabelObjectTests): 人口 counted without a unit, the noun after 的 when
/// a verb with 了 takes the figure, verbs of giving back (退还), what an amount buys, a span's noun (文明史, 党龄), levels
/// reached (台阶), a duration closing its clause or after a light verb, time limits (十日内), glossed list items (县、市（区）),
/// 节 and 课时, idioms on numerals. After: fresh pages found 86/89, labels 74/79 (0.94), 2 extra, 1 false (48家); two
/// rule-writing expectations changed with them (退还费用 keeps its verb; 每次培训3至5天 is labelled 每次培训). Then, from
/// made-up lines in a county bulletin's and a finance page's style only: a count before 户均, the 于 of a comparative
/// (利率低于…), the deed after 花…时间才 and a stretch 从A到B before a duration. Rule-writing (34 pages) found 665/677,
/// qualifiers 663/665, labels 618/631 (0.979), false 1. Held out, read as totals only after each
/// commit: found 59/61, qualifiers 59/59, labels 46/58 -> 47/58 (0.81), false 0.
/// Seventh round (2026-12-01): three fresh pages (20200120-05 three commentaries, 20200120-14 plastics rules, the
/// 13th five-year plan's binding targets and a city's clean-air drive, 20200120-19 science-award features and a
/// commentary) were labelled by reading them and scored once before any rule: found 119/126 (0.94), qualifiers 116/119,
/// labels 87/118 (0.74), 6 extra, 6 false figures (近十几年, 两轮, 两个因素, 两项指标, 十项措施, 两个问题). Two labels were then
/// put right by the fixture README's conventions (等4个…研究方向 sums up its list: never; 近十几年来 is a span: a figure with
/// no label). A fourth fresh page (20200120-13, a feature in three parts) was labelled after the first of the rules below
/// and scored once with them: found 26/39 (0.67: 列, 站, 圈, 下, 节 not read as measure words), qualifiers 24/26, labels
/// 14/24 (0.58), 2 extra, 1 false (三个按钮：). Grammar from the four pages' misses, each on made-up lines in a national
/// daily's, a city daily's district page and a company report's style (FigureLabelQuantityTests, FigureMeasureWordTests):
/// 及以上 inside a level noun, the whole after a percentage and 的, a way or a dimension after a length, 周期 and 天数 as
/// measure nouns, a superlative after the end of a change, ages listed before the person they are of, a life's age, an
/// age after a change or a deed's 时, names opening with a numeral, the 有 of having, verbs of completing after the noun,
/// a measure noun right before an amount, 底 ending a date, 使用 as a word, adverbs before a comparison, 当初 as a link,
/// the rest (其余), head counts before what the people do, offsets (提前10分钟到达), 站 as the noun counted, a list item
/// naming only another base (是荧光灯的5倍、白炽灯的20倍); fractions,
/// reported speech in quotation marks, 小于 and 大于, 多 after a measure, 当初 and 最初 as no lunar 初, 因素 and a colon
/// announcing what follows, and 趟, 列, 站, 圈, 下, 节, 蒸吨, 个学期 as units where they measure. Two expectations changed
/// with them (提前3天完成 is labelled 提前完成: how early, named by the offset and the deed). After: the eighth set found
/// 126/126, labels 116/124 (0.94), 3 false; 20200120-13 found 40/40, labels 34/38 (0.89), 0 false; the 34 older
/// rule-writing pages found 665 -> 666/677, labels 618/631 -> 621/632. Rule-writing (38 pages): found 832/843,
/// qualifiers 829/832, labels 771/794 (0.971), 6 extra, 4 false. Held out, read as totals only after each run: found
/// 59/61, qualifiers 59/59, labels 47/58 (0.81), false 0, unchanged: none of these rules touches those two pages.
/// Eighth round (2026-12-01): a tenth fresh set, five economy and finance articles no one had labelled on three
/// rule-writing pages (20200102-10 a0 reserve-ratio cut, a1 an industrial park's foreign investment; 20200113-08 a1 farm
/// insurance; 20200113-18 a0 tax cuts and loans for manufacturing), was labelled by reading them before any extractor run
/// and scored once on its own: found 55/57 (0.965), qualifiers 54/55, labels 46/53 (0.868), 1 extra, 1 false (四部门).
/// Grammar of the noun a figure measures, from those misses and from made-up national-daily and district-page lines
/// (FigureLabelNounPhraseHeadTests, FigureChangeAndBoundTests): money before a noun of investment, credit or income, 户次
/// and 人次 before the people counted, ages before 民/客 words, a figure after 将 measuring the noun after 的 (用于 ends it),
/// subjects listed before 分别 paired with their figures, a head count before a verb of benefit, a clause of 共计/合计 alone
/// counting the object before it, a degree adjective after a comparison base as a change (比上年同期高), 持续 as lasting,
/// 和 closing a 、-list of long names that a count sums up, 一 as a range's lower bound or a change's start, a change's
/// end after a comma or led by 为 or 发展到, time spent named by the deed after it, 超过了 as over. After: the fresh set
/// found 57/57, qualifiers 57/57, labels 55/55, 0 false. Rule-writing (38 pages, 900 figures): found 887 -> 889/900, labels 817/847 ->
/// 826/849 (0.973), extra 7 -> 6, false 5 -> 4. Held out, read as totals only after each build: found 59/61, qualifiers
/// 59/59, labels 47/58 -> 48/58 (0.828), false 0.
/// Eleventh set (2026-12-01): the held-out measure had two pages (58 labels). Four pages no one had labelled
/// (20200102-02, 20200102-03, 20200102-18, 20200113-17: economy, society, international) were held out before any
/// extractor run, labelled by reading them and scored once, as totals: found 62/64 (0.969), qualifiers 62/62, labels
/// 38/43 (0.884), 5 extra, 4 false. Held out (six pages): found 121/125 (0.968), qualifiers 121/121, labels 86/101
/// (0.851), 4 false; the false-figure floor rose from 0 to 4 with the new pages, not with a change of the extractor.
/// Ninth round (2026-12-01), grammar from made-up national-daily and district-page lines and the rule-writing pages' misses
/// only (FigureLabelShareAndGroupTests): X占Y的比重 with a link verb before the share (占地区… is a share, not 占地), a
/// figure after a group ending in 中，, a 是…的 closing the clause after a figure, a length before a road in 路, 都 inside a
/// place's name (魏都区). Rule-writing labels 826/849 -> 827/849 (0.974); one made-up expectation lost its 中
/// (约束性指标中 -> 约束性指标 for the figures after the group). Then, from made-up lines only: 对华/在华 inside a noun, 中
/// before a comma as "among" (the made-up 9项约束性指标中 lost its 中 too), a count of digits (两位数增长) as no figure, a time
/// word alone as no subject, a clause opening with a comparative or with 比, 大约有, 从业. Rule-writing (38 pages): found
/// 889/900, qualifiers 886/889, labels 827/849 (0.974), 6 extra, 4 false. Held out (six pages), read as totals only after
/// each commit: found 121/125, qualifiers 121/121, labels 86/101 (0.851), 5 extra, 4 false, unchanged by these rules.
/// Tenth round (2026-12-01), false figures only: the extractor was run over every article of the rule-writing days' pages
/// that are not held out (labelled or not) and the seed page, every figure it gave was read, and made-up national-daily
/// and district-page lines were tried for the kinds the task names (FigureFormulaAndNameTests). Kinds found and ruled out:
/// formulas of politics (两个一百年, 四个意识, 两个维护, 五个到位, 五位一体, 两个大局, 四个不摘, 四种形态), the length of
/// quoted words (“…”八个字), a quoted word counted as said (三个“好”字) and counts summing up quoted terms or a 、-list with a
/// number before its first item, plans (十三五 unquoted, 三年行动计划), anniversaries (成立一百年时), years (公元1077年,
/// 95年的小伙子, 80年出生), 头二十年 as a period, an organisation named by a count (N家…主席 and one name), 百分之百 as
/// "wholly", 两条腿走路. Two label rules from the rule-writing pages' misses (FigureLabelNounPhraseTests,
/// FigureChangeAndBoundTests): a noun runs on over 第N and words holding a numeral (第一书记, 防汛一线), and time taken is
/// named by the deed after a place framed by 在…上. Rule-writing (38 pages): found 889/900, qualifiers 886/889, labels
/// 827 -> 829/849 (0.976), 5 extra, 3 false (48家 gone). Held out (six pages), read as totals only after each build:
/// found 121/125, qualifiers 121/121, labels 86/101 (0.851), 5 extra, 4 false, unchanged: none of these kinds is among
/// their false figures.
/// Twelfth round (2026-12-02), false figures only, from the rule-writing pages' last three and made-up lines
/// (FigureFormulaAndNameTests): one quotation's clauses summed up by the count after it, a count after classical 之,
/// chemical names' atom counts, place names on a machine's measure word, two-digit years before 底/初/末 or a month.
/// Rule-writing: 0 false (was 3), 2 extra (was 5), the rest unchanged. Held out, read as totals only: unchanged (4 false).
/// Thirteenth round (2026-12-02), false figures only. Three fresh pages (20200113-10 hero biographies, 20200102-20 television
/// reviews, 20200113-05 commentaries; twelfth set) were labelled by reading them before any extractor run and scored once:
/// found 45/51 (0.882), qualifiers 45/45, labels 30/38 (0.789), 4 extra, 4 false (两人 pointing back, 五年、十年 after 不是, a
/// list of three names summed up by 3名). They are rule-writing pages now; 3名 moved to the figures, as the older labels count
/// Arabic digits after a list (3门, 3个组别). Rules from their false figures and made-up lines (FigureDateAndSpeechTests):
/// a race named by its distance wherever its name ends, reign years, lunar days, a building's number in an address, a small
/// count of people pointing back, two spans after a negation. Rule-writing (41 pages): found 935/952, labels 860/888
/// (0.968: the floor fell from 0.976 with the fresh pages' labels, not with a change of the extractor), 2 extra, 0 false.
/// Held out, read as totals only after each build: unchanged (121/125, 86/101, 5 extra, 4 false).
/// Fourteenth set (2026-12-02, measurement only): the six held-out pages' never lists had been printed once, so four
/// unlabelled 2020-01-20 pages (01 飞地经济, 03 亚吉铁路 and a figureless news item, 04 快递小哥, 漈下村, 雄安规划, 07 补助资金
/// and 火灾 notices) were held out before any extractor run, labelled by reading them and scored once, as totals: found 37/41
/// (0.902), qualifiers 37/37, labels 25/33 (0.758), 4 extra, 2 false. Held out (ten pages): found 121/125 -> 158/166 (0.952),
/// qualifiers 158/158, labels 86/101 -> 111/134 (0.828), 5 -> 9 extra, 4 -> 6 false. The found, label and false-figure floors
/// fell to these totals with the new unexposed pages, not with a change of the extractor (no rule changed).
/// Sixteenth round (2026-12-02): once a fifteenth, fresh held-out set of eight pages was labelled by another hand, the ten
/// held-out pages moved to rule writing with their totals as they stood: found 158/166, qualifiers 158/158, labels 111/134,
/// 9 extra, 6 false (1437年 glossing a reign year, 10年后 opening a clause, 调研四组 twice, 五年新增就业…, 3个民族). Three labels
/// were put right by the fixture README's conventions (3个民族 after a list is a figure; 半个月后，… and 4年后复员 are points
/// in time). Rules, each on made-up lines (FigureHistoryAndTeamTests, FigureLabelOutcomeTests, FigurePointingAndOrdinalTests,
/// FigureTallyAndSpanTests, FigureLabelSpeakerAndSpanTests): years of history, a span with 后 opening its clause, a working
/// group numbered in its name, the period of a total, 四周 as "all around", 上述/以上 pointing back, 第 over a 、-list, a
/// two-digit year of birth as a clause; head counts before what befalls them or what they are given, amounts before 额,
/// 人次 before a long noun of people, spans before a career or 的 and a history, 发达 and 甚至 as words, X相当于Y的N%, a
/// duration's change with its own subject, a duration after a verb of carrying out and before 的, a quoted noun after a
/// unit, 我 after a speaker's colon; rates per two things,
/// 列 after its vehicle, 一 with a span that something fills. The ten moved pages: found 158/166 -> 164/167, labels 111/134
/// -> 130/139, extra 9 -> 0, false 6 -> 0; the 41 older rule-writing pages: found 935/952 -> 936/950, labels 860/888
/// unchanged, 2 extra, 0 false. Rule-writing (51 pages): found 1100/1117 (0.985), qualifiers 1097/1100, labels 990/1027
/// (0.964), 2 extra, 0 false.
/// Fifteenth set, held out (2026-12-02): eight pages no one had labelled (20200102-09, 20200102-16, 20200113-09, 20200113-20,
/// 20200120-09, 20200120-12, 20200120-17, 20200120-20: theory pages, a law's full text, literary features, history and
/// biographies, international voices, culture), labelled blind by a third hand before any extractor run and scored as
/// totals only: with the fifteenth round's rules, found 142/178 (0.798), qualifiers 0.93, labels 0.743, 19 extra, 14 false;
/// with the sixteenth round's, found 142/178, qualifiers 132/142, labels 75/101 (0.743), 18 extra, 14 false. The round's
/// rules made the moved pages clean and barely moved the unseen ones: the kinds of page differ (articles of a law, theory),
/// and that is the measure. The held-out floors were these totals.
/// Seventeenth round (2026-12-02, helper fig24): rules from made-up lines in the grammar of page kinds the rule-writing set
/// was thin on (full texts of laws: bounds back to back, penalties; biographies: ages no clause names; other calendars;
/// episodes, editions, decades of an age, doublings, tenths of a yuan, foreign currencies, fractions in words; quoted
/// honours). Those kinds were chosen knowing the held-out set's kinds of page (listed in the fixtures' README), not its
/// text or its differences; the held-out totals were printed once mid-round by a failing test (found 0.803, qualifiers
/// 0.979, labels 0.814, 17 extra, 13 false) and read by the helper. So the held-out score after this round is no longer
/// blind in the way the fifteenth set's first score was. Rule-writing (51 pages): found 1100 -> 1107/1117 (0.991),
/// qualifiers 0.997, labels 990/1027 -> 1002/1034 (0.969), extra 2 -> 3, false 0. Held out, totals only: found 142 -> 151/178
/// (0.848), qualifiers 0.93 -> 0.98, labels 75/101 -> 91/109 (0.835), extra 18 -> 15, false 14 -> 13. Floors moved to these.
/// </remarks>
public sealed class FigureQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void Extract_RuleWritingPages_MeetsMeasuredFloors()
    {
        var scores = FigureQualityRun.Score(FigureLabelFixtures.Load().Where(p => !p.HeldOut), "rule-writing pages", output);

        // Measured after the seventeenth round (51 pages): found 1107/1117 (0.991), qualifiers 0.997, labels 1002/1034 (0.969).
        // The label floor fell from 0.968 to 0.963 in the sixteenth round with the ten held-out pages moved in, not with a
        // change of the extractor. Found 0.991 -> 0.992 in the nineteenth round (fig26: 口 counting a family's members, 一家5口).
        // Labels 0.969 -> 0.970 on text-1.52 with fig37's ASCII clause commas and set phrases before 的.
        AssertFloors(scores, found: 0.991, qualifiers: 0.997, labels: 0.969, falseFigures: 0);
    }

    [Fact]
    public void Extract_HeldOutPages_MeetsMeasuredFloors()
    {
        var scores = FigureQualityRun.Score(FigureLabelFixtures.Load().Where(p => p.HeldOut), "held-out pages", output, totalOnly: true);

        // Floors set to the fifteenth set's totals after the seventeenth round (eight pages never written from; see the remarks
        // on how blind that is now). Labels 0.835 -> 0.844 after the eighteenth round (fig25: a price per unit takes the subject
        // before it, a subject group's head is not the upper end of a range), whose writer read no held-out total before the end.
        // Qualifiers 0.98 -> 0.993 on text-1.40 with fig27's bounds with a modal (不得超过, 不应低于: at_most, at_least).
        // Found 0.848 -> 0.86 and labels 0.844 -> 0.838 on text-1.40 with fig28's local-paper measure words (羽, 尾, 首, 幅, 眼,
        // 段, 方…): the figures it newly finds carry labels a reader would not write, so agreement over found figures fell.
        // False figures 13 -> 10 on text-1.44 with fig31's stretch sayings (一天当两天用) and bare N人 after 将/把 pointing back.
        // Labels 0.838 -> 0.847 on text-1.52 with fig37 (延米 a length; its writer read no held-out total before the end).
        // Found 0.86 -> 0.876, labels 0.847 -> 0.851, false 10 -> 9 on text-1.54: fig39's quoted terms built on a number
        // (written from other papers; its writer read no held-out total before the end) and fig40's 延长米, written from an
        // other paper's miss, whose writer saw the held-out page holding the unit while checking where else it fires.
        AssertFloors(scores, found: 0.875, qualifiers: 0.99, labels: 0.85, falseFigures: 9);
    }

    [Fact]
    public void Published_FiguresSection_IsWhatTheExtractorScoresNow()
    {
        var now = FigureQuality.Score(FigureLabelPage.ReadFolder(FigureLabelFixtures.Root), new RuleBasedFigureExtractor()).ToJson();
        var published = ParserQuality.Load()["figures"];

        Assert.True(published is not null && JsonNode.DeepEquals(now, published),
            "parser-quality.json's figures section is stale: remake it with `weidu-etl quality --release > src/WeiduEtl.Publishing/Quality/parser-quality.json`"
            + " and commit it with the change (the scores are not printed here: they hold the held-out totals, which only the lead reads).");
    }

    private static void AssertFloors(FigureQualityScores scores, double found, double qualifiers, double labels, int falseFigures)
    {
        Assert.True(scores.FoundRate >= found, $"found {scores.FoundRate:F3} < {found}");
        Assert.True(scores.QualifierRate >= qualifiers, $"qualifiers {scores.QualifierRate:F3} < {qualifiers}");
        Assert.True(scores.LabelAgreement >= labels, $"labels {scores.LabelAgreement:F3} < {labels}");
        Assert.True(scores.FalseFigures <= falseFigures, $"false figures {scores.FalseFigures} > {falseFigures}");
    }
}
