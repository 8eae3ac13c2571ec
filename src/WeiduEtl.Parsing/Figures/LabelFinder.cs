using System.Buffers;
using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// Finds the noun phrase a figure counts or measures, from the words around it, or null when no rule applies.
/// Rules, in order:
/// <list type="number">
/// <item>A length followed by its dimension: 约1.2米高 → 高, 6米水深 → 水深.</item>
/// <item>A unit followed by 的 and a noun: 6亿欧元的税收 → 税收, 40%的受访者 → 受访者, 18周岁的未成年人 → 未成年人.</item>
/// <item>The measure word's noun: 8个城管执法岗亭 → 城管执法岗亭; 十来亩西瓜 → 西瓜; 180万城乡居民; 3次降息.</item>
/// <item>A figure that continues the one before it takes its label: a list (14.7%和8.6%) or the end of a change
/// (由4.5米提高至5.0米).</item>
/// <item>Durations and ages only take a measure noun just before them (工期3个月 → 工期), never a verb (瓜农挂念90岁).</item>
/// <item>A change takes the subject before it with the change (<see cref="ChangeLabel"/>): 利润总额同比增长.</item>
/// <item>Otherwise the subject before the number, within the clause: link words (共计, 达, 为, 增加到, 由…) dropped from the
/// end, then the text after the last verb or function word (出动|巡查车次, 已|走访群众), without scope words (全区, 各类).</item>
/// <item>A figure with no subject of its own (，同比增长8%; 首次突破900万吨) takes the previous figure's subject in the same
/// sentence, else the topic of the clause before it (巴西农作物产量将延续增长势头，达到2.432亿吨).</item>
/// <item>A subject longer than 14 characters gives way to a measure noun ending it (…基地项目占地 → 占地).</item>
/// </list>
/// </summary>
internal static class LabelFinder
{
    private static readonly SearchValues<char> Openers = SearchValues.Create("（(");

    private const int NounMaxLength = 8;
    private const int LongNounMaxLength = 20;
    private const int SubjectMaxLength = 14;
    private const int HeadMaxLength = 6;
    private const int QuotedMaxLength = 10;

    /// <summary>Words that may stand before a share noun that names nothing itself (所占比重, 其占比, 分别占比).</summary>
    private const string ShareLeads = "所占其该此这的总分别均";

    public static FoundLabel Find(string body, FigureCandidate figure, LabelContext context)
    {
        if (PenaltyLabel.After(body, figure.End) is { } penalty)
        {
            return FoundLabel.Noun(penalty);
        }
        if (PointsLabel.Gathered(body, figure))
        {
            return FoundLabel.Noun(PointsLabel.Label);
        }
        // 亮点：3个项目集中签约: a measure word with its noun after it counts that noun, whatever lead-in the colon closes.
        if (!(figure.Kind == UnitKind.Classifier && figure.End < body.Length && FigureReader.IsHan(body[figure.End]))
            && FieldName(body, figure.Start) is { } field)
        {
            return FoundLabel.Noun(field);
        }
        if (figure.Kind == UnitKind.Length && Dimension(body, figure.End) is { } dimension)
        {
            return FoundLabel.Noun(dimension);
        }
        // 距昭阳城区20公里的巡龙村, 两地相距30公里: a length after 距 is the distance it names, not a measure of the place
        // after its 的; right before a way (距县城不远处新修了3公里道路) it measures the way.
        if (figure.Kind == UnitKind.Length && Route(HanRun(body, figure.End, NounMaxLength)) is null
            && Distance(body[ClauseStart(body, figure.Start, context.Floor)..figure.Start]) is { } distance)
        {
            return FoundLabel.Noun(distance);
        }
        if (OwnedNoun.After(body, figure.End) is var paceStart and > 0 && FollowingNoun(body, paceStart, 1, NounMaxLength) is { } pace
            && PaceLabel.Find(body, body[ClauseStart(body, figure.Start, context.Floor)..figure.Start], paceStart, pace, Subject) is { } paced)
        {
            return FoundLabel.Noun(paced);
        }
        // 87岁的刘爱民指着饭菜, 80多岁的高龄老人送去: an age before 的 is of the person word or name after it, though the verb
        // after them runs on.
        if (figure.Kind == UnitKind.Age && OwnedNoun.After(body, figure.End) is var personStart and > 0
            && (AgedPerson(FollowingNoun(body, personStart, 2, NounMaxLength) ?? HanRun(body, personStart, AgedPersonMaxLength)) ?? PersonName.At(body, personStart)) is { } person)
        {
            return FoundLabel.Noun(Named(body, personStart, person));
        }
        if (OwnedNoun.After(body, figure.End) is var ownerStart and > 0 && OwnedRun(body, ownerStart, figure) is { } owned
            && !IsFrame(owned, figure)
            && (figure.Kind != UnitKind.Time || OwnedNoun.IsActivityDuration(body, figure, context.Floor))
            && !HasOwnSubject(body[Math.Max(context.Floor, figure.Start - SubjectMaxLength)..figure.Start], figure))
        {
            // 按照每平方米补助100元的标准: a standard is of the deed before the figure (补助标准).
            return FoundLabel.Noun(owned == "标准" && Subject(LabelText.StripStart(body[ClauseStart(body, figure.Start, context.Floor)..figure.Start], ["按照", "按"])) is { } deed
                ? deed + owned
                : owned);
        }
        if (!MeasureNamedBefore(body, figure, context.Floor) && MeasuredNoun(body, figure) is { } noun)
        {
            return FoundLabel.Noun(noun);
        }
        // 造成3人死亡、5人受伤, 其中2人给予警告处分，1人受到通报批评: a head count before what befalls the people or what they
        // are given is of those people, though it continues a list; 张某等3人受到表彰 names them (等).
        if (figure.Unit is "人" or "名" && (figure.Start == 0 || body[figure.Start - 1] != '等') && HeadCountDeed(body, figure.End) is { } befalls
            && (befalls.WordAt(0, LabelWords.ReceivingVerbs) is not null || befalls.WordAt(0, LabelWords.Casualties) is not null))
        {
            return FoundLabel.Noun(befalls);
        }
        if (context.HasPrevious && (Continues(WithoutDate(body, context, figure.Start))
            || figure.Kind is UnitKind.Multiple or UnitKind.Percent && context.PreviousUnit == figure.Unit && IsParallelBase(body[context.Floor..figure.Start])))
        {
            return new FoundLabel(context.PreviousLabel, context.PreviousSubject);
        }
        var clauseStart = ClauseStart(body, figure.Start, Floor(body, context), (ComparedDateStart(body, context), context.DateEnd));
        var clause = LabelText.WithoutAsides(body[clauseStart..figure.Start]);
        if (DisposalObject.Words(clause) is { } disposed && Subject(disposed) is { } changed)
        {
            return FoundLabel.Noun(changed);
        }
        if (figure.Kind is UnitKind.Percent or UnitKind.Multiple && ShareOfWhole.Split(clause) is var (part, verb, whole))
        {
            // 完成投资18.6亿元，占年度计划的92%: a share with no part of its own is of what the figure before measured.
            var partSubject = part.Length > 0 ? Subject(part) : SameSentencePrevious(body, clauseStart, context) is { } previous ? Core(previous) : null;
            return FoundLabel.Noun(partSubject is not null ? partSubject + verb + whole : part.Length == 0 ? verb + whole : whole);
        }
        // 每50厘米 is an interval, not a continuation of the figure before it.
        var mayInherit = !clause.Contains('每', StringComparison.Ordinal);
        var linkedClause = clause;
        clause = LabelText.StripEnd(LabelText.BeforeModifier(clause), LabelWords.TrailingLinks);
        clause = PricedPerUnit.Before(clause) ?? clause;
        // 集体经济收入，前年还不到5万元: a time word alone is no subject; the topic of the clause before is. So is a conjunction or
        // clause adverb alone (选址已经结束，且将由原来的16个增加到48个).
        var timeOnly = LabelWords.TimeOnlySubjects.Contains(clause);
        clause = timeOnly || LabelWords.ClauseAdverbs.Contains(clause) ? "" : clause;
        // 17项业务1个工作日办结: the doer is the figure before when the clause names none; 提前3天完成 is how early, not how long.
        if (figure.Kind == UnitKind.Time && CompletionLabel.VerbAt(body, figure.End) is { } finished && !CompletionLabel.IsOffset(clause)
            && (clause.Length > 0 ? Subject(clause) : SameSentencePrevious(body, clauseStart, context)) is { } doer)
        {
            return FoundLabel.Noun(doer + finished);
        }
        // 提前10分钟到达, 差1分钟发车: how early or how far off, named by the offset with the deed after the duration.
        if (figure.Kind == UnitKind.Time && CompletionLabel.OffsetEnding(clause) is { } offset
            && HanRun(body, figure.End, OffsetDeedMaxLength) is { Length: >= 2 } offsetDeed)
        {
            return FoundLabel.Noun(offset + offsetDeed);
        }
        if (DeadlineLabel.Bounds(body, figure) && FollowingNoun(body, figure.End, 2, SubjectMaxLength) is { } deadlineDeed)
        {
            return FoundLabel.Noun(deadlineDeed + DeadlineLabel.Suffix);
        }
        if (figure.Kind == UnitKind.Time && ServedActivity(body, linkedClause, figure) is { } served)
        {
            return FoundLabel.Noun(served);
        }
        if (figure.Kind == UnitKind.Time && Lasting(linkedClause) is { } lasting)
        {
            return FoundLabel.Noun(lasting);
        }
        // 工期比原计划缩短了6个月: a duration after a change with a subject of its own is that subject's change.
        if (figure.Kind == UnitKind.Time && ChangeLabel.Split(clause) is var (spanWords, spanChange)
            && Subject(WithoutClauseAdverb(LabelText.StripEnd(spanWords, LabelWords.TrailingLinks))) is { } changedSpan)
        {
            return new FoundLabel(changedSpan + spanChange, changedSpan);
        }
        // 平均年龄分别比2018年下降了2岁: an age after a change is the change of what the figure before measured.
        if (figure.Kind is UnitKind.Time || figure.Kind == UnitKind.Age && ChangeLabel.Split(clause) is null)
        {
            // 、机场至新区段由40分钟: a part of what the duration before measured.
            if (Subject(clause) is { } partWords && PartLabel.Find(body, clauseStart, partWords, figure, context) is { } partLabel)
            {
                return FoundLabel.Noun(partLabel);
            }
            if (figure.Kind == UnitKind.Age && AgedSubject(clause) is { } aged)
            {
                return FoundLabel.Noun(aged);
            }
            // 村民老王：我今年62岁: 我 in words set after a speaker's name and a colon is that speaker.
            if (figure.Kind == UnitKind.Age && IsFirstPerson(clause) && Speaker(body, clauseStart) is { } speaker)
            {
                return FoundLabel.Noun(speaker);
            }
            if (figure.Kind == UnitKind.Time && OwnedNoun.After(body, figure.End) > 0 && LastingDeed(clause) is { } deed)
            {
                return FoundLabel.Noun(deed);
            }
            // 年产油连续12年保持在600万吨以上: the duration names nothing, but what it runs over is the next figure's subject.
            // 高考时间共计4天: a duration names what a measure noun ending its subject names.
            // 工期长达3个月, 年降雪期长达7个月: a measure noun or a noun of a period (降雪期, 有效期) linked to the duration names what lasts.
            var linked = LabelText.StripEnd(linkedClause, LabelWords.DurationLinks);
            var named = MeasureNounEnding(clause) is not null ? clause
                : MeasureNounEnding(linked) is not null || linked.Length >= 2 && linked.EndsWith('期') ? linked : null;
            var label = named is not null ? Subject(named)
                : figure.Kind != UnitKind.Time ? null
                : TimeTaken.Deed(body, linkedClause, figure) ?? TimeTaken.Stretch(clause) ?? ClosingDuration(body, clause, figure);
            return new FoundLabel(label, Subject(LabelText.StripEnd(clause, LabelWords.DurationLeads)));
        }
        if ((figure.Kind == UnitKind.Percent || figure.Unit == "成") && (clause.Length == 0 || SurveySubject.IsSource(clause))
            && SurveySubject.Find(body, figure.End < body.Length && body[figure.End] == '的' ? figure.End + 1 : figure.End) is { } group)
        {
            return FoundLabel.Noun(group);
        }
        if (ChangeLabel.Split(clause) is var (subjectWords, change))
        {
            subjectWords = WithoutClauseAdverb(LabelText.WithoutLeadingPeriod(LabelText.StripEnd(subjectWords, LabelWords.TrailingLinks)));
            var subject = subjectWords.Length == 0 ? Inherited(body, clauseStart, context, mayInherit) : Distributed(Subject(subjectWords), body, clauseStart, context);
            return subject is null ? new FoundLabel(change, null) : new FoundLabel(subject + change, subject);
        }
        // 涉及16.98万亩: the verb's subject is the topic of the clause before.
        var objectOnly = clause.Length > 0 && LabelText.StripEnd(clause, LabelWords.ObjectVerbs).Length == 0;
        clause = objectOnly ? "" : clause;
        // 所占比重, 其比例: only function words before the share noun; 报销比例 names its own share.
        if (LabelWords.ShareNouns.FirstOrDefault(n => clause.EndsWith(n, StringComparison.Ordinal) && clause.Length - n.Length <= 2
                && clause[..^n.Length].All(c => ShareLeads.Contains(c, StringComparison.Ordinal))) is { } share
            && (ShareLabel.Find(body, clauseStart, context.Floor) ?? SameSentencePrevious(body, clauseStart, context)) is { } shared)
        {
            // 外资企业进出口1.2万亿元，占比38%: the share is of what the figure before it in the sentence measured.
            return FoundLabel.Noun(shared + share);
        }
        if (clause.Length == 0 && TotalledObject.IsTotal(linkedClause) && TotalledObject.Before(body, clauseStart, context.Floor) is { } totalled)
        {
            return FoundLabel.Noun(totalled);
        }
        if (CopulaKind.After(body, figure.End) is { } kind)
        {
            return FoundLabel.Noun((clause.Length > 0 && Subject(clause) is { } whose && whose != kind ? whose : "") + kind);
        }
        if (clause.Length == 0 && PartOfGroup.Find(body, clauseStart, context.Floor) is { } ofGroup)
        {
            return FoundLabel.Noun(ofGroup);
        }
        // 如今只有8人在岗: after a time word, a head count with a deed after it is of the people doing it.
        if (timeOnly && figure.Unit is "人" or "名" && HeadCountDeed(body, figure.End) is { } doing)
        {
            return FoundLabel.Noun(doing);
        }
        // Only a figure with no words of its own inherits: 项目达产后预计可达每年540万颗 has a subject the rules cannot name.
        if (clause.Length == 0)
        {
            return FoundLabel.Noun(Inherited(body, clauseStart, context, mayInherit, topicOnly: objectOnly, timed: timeOnly));
        }
        // 增速为7.5%，高于全省平均水平1.2个百分点: a clause opening with a comparative compares what the figure before measured.
        if (clause.WordAt(0, LabelWords.ClauseComparatives) is not null && SameSentencePrevious(body, clauseStart, context) is { } compared)
        {
            return FoundLabel.Noun(Core(compared) + clause);
        }
        if (HeadlessPart(linkedClause) is { } relative && SameSentencePrevious(body, clauseStart, context) is { } counted)
        {
            return FoundLabel.Noun(relative + "的" + Core(counted));
        }
        // 在石狮务工的孙民等5人, 王某、李某等4人: a count after 等 with no noun of its own counts the ones listed before 等.
        if (clause.Length > 1 && clause[^1] == '等' && figure.Kind is UnitKind.Count or UnitKind.Classifier && Subject(clause[..^1]) is { } listed)
        {
            return FoundLabel.Noun(listed + "等");
        }
        if (CompletedThing(clause) is { } built)
        {
            return FoundLabel.Noun(built);
        }
        // 其他7项已提前完成: the rest of what the figure before counted, in the same measure word.
        if (clause is "其他" or "其余" && context.PreviousUnit == figure.Unit && context.PreviousSubject is { } restOf)
        {
            return FoundLabel.Noun(clause + Core(restOf));
        }
        // 带动周边1000多人就业, 吸纳120人务工。: a head count right before a verb of benefit closing the clause counts those who
        // benefit; the words before it only say where they are from.
        if (figure.Unit is "人" or "名" or "户" && BenefitAfter(body, figure.End) is { } benefit)
        {
            return FoundLabel.Noun((Subject(clause) ?? "") + benefit);
        }
        var own = Elliptical(Distributed(figure.Chinese ? Subject(clause) : ListHead.HeadWords(body, figure.Start, context.Floor) is { } head ? Subject(head) : Subject(clause),
            body, clauseStart, context), body, clauseStart, context) ?? Deed(clause);
        if (own is null || LabelWords.NoSubjects.Contains(own))
        {
            return FoundLabel.Noun(figure.Unit is "人" or "名" ? HeadCountDeed(body, figure.End) : null);
        }
        return FoundLabel.Noun(PartLabel.Find(body, clauseStart, own, figure, context) ?? own);
    }

    private static readonly string[] HeadlessLinks = ["有", "为", "是", "达"];

    private const int OffsetDeedMaxLength = 4;

    private static readonly string[] CommentAdverbs = ["都", "就", "才", "还", "均"];

    private const int HeadCountDeedMaxLength = 6;

    /// <summary>
    /// 如今只有8人在岗, 还必须两人交叉互检: a head count with no noun before or after it is of the people doing what the
    /// words after it, up to the clause's end, say.
    /// </summary>
    private static string? HeadCountDeed(string body, int end)
    {
        var deed = RestOfClause(body, end);
        // 其中2人给予党内警告处分, 3人受到通报批评: what people are given or receive runs longer than a deed of their own.
        var received = deed.WordAt(0, LabelWords.ReceivingVerbs) is not null;
        return deed.Length >= 2 && deed.Length <= (received ? SubjectMaxLength : HeadCountDeedMaxLength) && deed.All(FigureReader.IsHan)
            && !deed.Any(ChineseNumeral.IsChineseDigit)
            && (received || deed.WordAt(0, LabelWords.WholeNouns) is not null || !LabelWords.CutsBefore.Any(c => c.Length == 1 && deed.StartsWith(c, StringComparison.Ordinal)))
            ? deed
            : null;
    }

    /// <summary>A verb of benefit (就业, 脱贫, 增收) right after a head count and closing its clause, or null.</summary>
    private static string? BenefitAfter(string body, int end)
    {
        var verb = body.WordAt(end, LabelWords.ClosingVerbs);
        return verb is not null && LabelWords.EndsClauseAt(body, end + verb.Length)
            ? verb
            : null;
    }

    /// <summary>
    /// 工地洗车平台建成并投入使用430套: words ending in verbs of completing leave out their object; the count is of what
    /// was completed, the noun before the verbs. 全区建成 names only a scope, so nothing.
    /// </summary>
    private static string? CompletedThing(string clause)
    {
        var thing = LabelText.StripEnd(clause, LabelWords.CompletionVerbs);
        return thing.Length < clause.Length && LabelText.StripEnd(clause, ["并", "已", "均", "全部"]).Length == clause.Length
            && !LabelWords.LeadingScopes.Contains(thing) && Subject(thing) is { Length: >= 2 } subject ? subject : null;
    }

    /// <summary>
    /// 老旧小区4600个，其中需要改造的有2100个: a relative clause with no noun of its own (…的有) picks out a part of what
    /// the figure before counted; its words, or null.
    /// </summary>
    private static string? HeadlessPart(string clause)
    {
        var words = HeadlessLinks.FirstOrDefault(l => clause.EndsWith("的" + l, StringComparison.Ordinal)) is { } link ? clause[..^(link.Length + 1)] : null;
        return words is { Length: > 0 } ? Subject(words) : null;
    }

    /// <summary>
    /// 当了30多年村干部, 开了十年出租车: a duration between a verb with 了 and the verb's object measures the activity, the
    /// verb with its object.
    /// </summary>
    private static string? ServedActivity(string body, string clause, FigureCandidate figure)
    {
        if (clause.Length < 2 || clause[^1] != '了' || !FigureReader.IsHan(clause[^2]) || FollowingNoun(body, figure.End, 2, NounMaxLength) is not { } activity)
        {
            return null;
        }
        if (LabelWords.LightVerbs.Any(v => clause.AsSpan(0, clause.Length - 1).EndsWith(v, StringComparison.Ordinal)))
        {
            return activity;
        }
        var verb = LabelWords.ServingVerbs.FirstOrDefault(v => clause.AsSpan(0, clause.Length - 1).EndsWith(v, StringComparison.Ordinal)) ?? clause[^2].ToString();
        // 用了5年时间: spending time names no activity.
        return LabelWords.SpendingVerbs.Contains(verb) ? null : verb + activity;
    }

    /// <summary>
    /// 李大爷今年75岁, 这位老人已经90岁了: an age after a person names that person, a word for a person (ending in a
    /// person's character) or a name (村民刘建军).
    /// </summary>
    private static string? AgedSubject(string clause) =>
        Subject(LabelText.StripEnd(clause, LabelWords.AgeLeads)) is { } person
            && (AgedEnds.Contains(person[^1], StringComparison.Ordinal) || PersonName.Ends(person) || IsTimeOfDeed(person))
            ? person
            : null;

    private static bool IsFirstPerson(string clause) => LabelText.StripEnd(clause, LabelWords.AgeLeads) is "我" or "俺";

    private const int SpeakerMaxLength = 30;

    /// <summary>
    /// 内蒙古某旗农民张三：我…: the one who speaks in a paragraph that opens with a name and a colon, read as the subject of
    /// the words before the colon; null when the paragraph opens otherwise.
    /// </summary>
    private static string? Speaker(string body, int clauseStart)
    {
        var paragraph = body.LastIndexOf('\n', Math.Max(0, clauseStart - 1)) + 1;
        var colon = body.IndexOf('：', paragraph, clauseStart - paragraph);
        if (colon <= paragraph || colon - paragraph > SpeakerMaxLength)
        {
            return null;
        }
        var words = body.AsSpan(paragraph, colon - paragraph);
        foreach (var c in words)
        {
            if (!FigureReader.IsHan(c))
            {
                return null;
            }
        }
        return Subject(words.ToString());
    }

    /// <summary>王大爷参军时才18岁: an age after "someone doing something 时" is that person's when doing it.</summary>
    private static bool IsTimeOfDeed(string words) => words.Length >= 3 && words[^1] == '时';

    /// <summary>
    /// 一线工作1年以上的干部, 被老板拖欠近一年的工资: a duration between a verb and 的 measures how long the verb went on,
    /// named by the verb with the words before it; 经过3年的努力 and 用了5年的时间 spend time, they name nothing.
    /// </summary>
    private static string? LastingDeed(string clause) =>
        !clause.EndsWithAny(LabelWords.DurationLinks) && Subject(clause) is { Length: >= 2 } deed && MeasureNounEnding(deed) is null
            && !deed.EndsWithAny(LabelWords.SpendingVerbs) ? deed : null;

    /// <summary>
    /// 一天只供电两三个小时，…; 他在村里工作了30年。; 每份3个月，: a duration closing its clause after a verb says how long
    /// the verb went on, after 每 and a measure word how long each one lasts, named by the words before it; 连续7年 and
    /// 经过3年 name nothing.
    /// </summary>
    private static string? ClosingDuration(string body, string clause, FigureCandidate figure)
    {
        // 来村里已经3年了。: 了 after the duration still closes the clause.
        var after = figure.End < body.Length && body[figure.End] == '了' ? figure.End + 1 : figure.End;
        if (after < body.Length && !LabelWords.ClauseBreaks.Contains(body[after], StringComparison.Ordinal))
        {
            return null;
        }
        var words = LabelText.StripEnd(clause, LabelWords.ClosingDurationLeads);
        // 连续7年, 为期两个月, 需要3天: a link or a verb of taking time alone names nothing (Lasting reads its subject).
        return clause.EndsWithAny(LabelWords.DurationLeads.Concat(LabelWords.DurationLinks).Concat(LabelWords.LastingVerbs))
            || words.EndsWithAny(LabelWords.SpendingVerbs)
            || Subject(words) is not { } subject || LabelText.StripStart(subject, LabelWords.ClosingDurationLeads) is not { Length: >= 2 and <= NounMaxLength } deed
            ? null
            : deed;
    }

    /// <summary>
    /// 南京市元旦迎新长跑已坚持38年, 这项活动已连续举办了12年: a duration after a verb of keeping something going, with no
    /// object between, measures how long the verb's subject has gone on: the subject with the verb.
    /// </summary>
    private static string? Lasting(string clause)
    {
        var words = clause.TrimEnd('了');
        if (LabelWords.LastingVerbs.FirstOrDefault(v => words.EndsWith(v, StringComparison.Ordinal)) is not { } verb)
        {
            return null;
        }
        var subject = LabelText.StripEnd(words[..^verb.Length], LabelWords.LastingAdverbs);
        return subject.Length > 0 && Subject(subject) is { } doer ? doer + verb : null;
    }

    /// <summary>
    /// 全市共查处126起, 第一种形态批评教育帮助85.4万人次: a clause that ends in a verb of handling leaves its object out; the
    /// count is of what the verb was done to, so the verb with the words before it names it.
    /// </summary>
    private static string? Deed(string clause)
    {
        if (LabelWords.DeedVerbs.FirstOrDefault(v => clause.EndsWith(v, StringComparison.Ordinal)) is not { } verb)
        {
            return null;
        }
        var deed = (Subject(clause[..^verb.Length]) ?? "") + verb;
        return deed.Length <= SubjectMaxLength ? deed : verb;
    }

    /// <summary>
    /// The noun after 的. After a length or a count a long run is a phrase the figure describes (距银川60公里的青铜峡黄河金沙湾
    /// 泵站), so 8 characters at most; after an amount of a substance or of money the noun is what was measured though a
    /// verb runs on after it (约60.27万立方米的天然气输往发电厂), and after a percentage the whole it is a part of
    /// (95%的省级及以上工业园区建成…).
    /// </summary>
    private static string? OwnedRun(string body, int start, FigureCandidate figure) =>
        FollowingNoun(body, start, 1, NounMaxLength)
        ?? (figure.Kind is UnitKind.Measure or UnitKind.Money or UnitKind.Percent ? FollowingNoun(body, start, 1, SubjectMaxLength) : null);

    /// <summary>
    /// 人口只有288人的村子, 周长为400米的跑道: a measure noun before the figure is what it measures, not the noun after 的;
    /// so is any noun a verb of crossing or nearing links to it (票房过10亿元的影片, 面积约3000平方米的广场).
    /// </summary>
    private static bool HasOwnSubject(string before, FigureCandidate figure)
    {
        var words = LabelText.StripEnd(before, LabelWords.TrailingLinks);
        if (MeasureNounEnding(words) is not null || words.EndsWith('率'))
        {
            return true;
        }
        // 预交了上万元的课程费, 花了近千元的费用: a verb with 了 takes the figure as its object, so the figure measures the
        // noun after 的; so does the 有 of having (我国已有近50%的传统光源被取代: 我国 is where, not what is counted).
        if (before.EndsWith('了') || before.EndsWith('有'))
        {
            return false;
        }
        // 公司每年将超过10%的营业额投入研发, 把80%的精力用在…: after 将 or 把 the figure and its noun are the object moved,
        // and the words before are the one who moves it.
        if (before.EndsWith('将') || before.EndsWith('把'))
        {
            return false;
        }
        var clause = words[(words.AsSpan().LastIndexOfAny(LabelWords.ClauseBreakSet) + 1)..];
        // Only a bare noun phrase: 也取得了超过10亿元的票房 has a verb, and its figure measures the noun after 的.
        return figure.Start != figure.NumberStart && clause.Length >= 2 && LabelText.AfterLastCut(clause).Length == clause.Length;
    }

    /// <summary>
    /// 人均减少73%, 日均1.2万人次: a distributive word alone leaves out the noun it divides, which the figure before in the
    /// same sentence names (人均耕地面积由0.11公顷降至0.03公顷，人均减少73% → 人均耕地面积).
    /// </summary>
    private static string? Distributed(string? subject, string body, int clauseStart, LabelContext context)
    {
        if (subject is null || !LabelWords.Distributives.Contains(subject) || SameSentencePrevious(body, clauseStart, context) is not { } previous)
        {
            return subject;
        }
        return previous.Contains(subject, StringComparison.Ordinal) ? previous : subject + previous;
    }

    /// <summary>
    /// 贷款余额比年初增加120亿元，增幅16.2%: a measure of change alone (增幅, 增速, 降幅) is of the noun the figure before in the
    /// sentence measured.
    /// </summary>
    private static string? Elliptical(string? subject, string body, int clauseStart, LabelContext context) =>
        subject is not null && LabelWords.ChangeMeasures.Contains(subject) && SameSentencePrevious(body, clauseStart, context) is { } previous
            && !previous.EndsWith(subject, StringComparison.Ordinal)
            ? Core(previous) + subject
            : subject;

    /// <summary>贷款余额增加 → 贷款余额: the noun of a change's label.</summary>
    private static string Core(string label) => ChangeLabel.Split(label) is var (noun, _) && noun.Length >= 2 ? noun : label;

    /// <summary>The previous figure's subject when it stands in the same sentence.</summary>
    private static string? SameSentencePrevious(string body, int clauseStart, LabelContext context) =>
        context.HasPrevious && body.AsSpan(context.Floor, clauseStart - context.Floor).IndexOfAny(LabelWords.SentenceBreaks) < 0
            ? context.PreviousSubject
            : null;

    /// <summary>则, 而, 却 alone before a change are no subject: 2018年则减少15%, 今年则增加20% take the subject of the clause before.</summary>
    private static string WithoutClauseAdverb(string words) => LabelWords.ClauseAdverbs.Contains(words) ? "" : words;

    /// <summary>
    /// 增加16.3%的情况下 and 5%的基础上 frame the figure; so does the level a bounded figure keeps to (控制在1%以内的行业先进水平),
    /// while 全国59.5%的水平 is what the figure measures.
    /// </summary>
    private static bool IsFrame(string owned, FigureCandidate figure) =>
        LabelWords.FrameNouns.Any(n => owned.StartsWith(n, StringComparison.Ordinal))
        || owned.EndsWithAny(LabelWords.ThresholdNouns)
        || figure.Qualifier != FigureQualifier.Exact && owned.EndsWithAny(LabelWords.LevelNouns);

    /// <summary>
    /// 约1.2米高的护栏 → 护栏高度, 两米高 → 高; 6米水深, 5000米当量井深 → 水深, 当量井深; but not the 深 of 12.5米深水航道.
    /// A dimension before 的 measures the noun after 的 (约200米长的小街 is the street's length).
    /// </summary>
    private static string? Dimension(string body, int end)
    {
        if (end + 2 < body.Length && body[end + 1] == '的' && LabelWords.DimensionNames.TryGetValue(body[end], out var dimensionName)
            && FollowingNoun(body, end + 2, 2, NounMaxLength) is { } measured)
        {
            return WithoutLocative(WithoutClosingVerb(measured)) is { Length: >= 2 } thing ? thing + dimensionName : body[end].ToString();
        }
        for (var at = end; at <= end + DimensionModifierMaxLength && at < body.Length && FigureReader.IsHan(body[at]); at++)
        {
            if (body.WordAt(at, LabelWords.DimensionNouns) is { } noun)
            {
                return body[end..(at + noun.Length)];
            }
        }
        return end < body.Length && LabelWords.Dimensions.Contains(body[end], StringComparison.Ordinal)
            && (end + 1 >= body.Length || !FigureReader.IsHan(body[end + 1]) || body[end + 1] == '的')
            ? body[end].ToString()
            : null;
    }

    /// <summary>Letters of place after a noun (在400米长的跑道上训练): the noun ends before them.</summary>
    private static readonly SearchValues<char> Locatives = SearchValues.Create("上里内中下旁边");

    private static string? WithoutLocative(string? noun) =>
        noun is null ? null : noun.AsSpan(2).IndexOfAny(Locatives) is var at and >= 0 ? noun[..(at + 2)] : noun;

    /// <summary>
    /// The noun after a measure word, a measure, a bare 万/亿 count, a verbal 次 (3次降息) or an amount of money when it
    /// names a fund (建立300万元种子资金); not after a length, which a verb follows as often as a noun (每50厘米加装横向支撑).
    /// </summary>
    private static string? MeasuredNoun(string body, FigureCandidate figure) => figure switch
    {
        // 住上了75平方米“新房”。: a quoted term closing the clause right after the unit is what the figure measures.
        { Kind: not (UnitKind.Time or UnitKind.Age or UnitKind.Percent or UnitKind.Point or UnitKind.Multiple) } when QuotedNoun(body, figure.End) is { } quoted => quoted,
        { Unit: "人" or "户" or "名" } when GroupNoun.Find(body, figure.End, (start, max) => FollowingNoun(body, start, 2, max)) is { } group => group,
        // 全村81户人家: 人家 after 户 is the households themselves, no pronoun.
        { Unit: "户" } when body.AsSpan(figure.End).StartsWith(Households) => Households,
        { Unit: "人" or "户" } when PeopleNoun(FollowingNoun(body, figure.End, 2, NounMaxLength)) is { } people => people,
        // 3.6亿户次受灾农户, 1.2万人次游客: a count of visits or turns is of the people or households after it.
        { Unit: "户次" or "人次" } when PeopleNoun(FollowingNoun(body, figure.End, 2, SubjectMaxLength) ?? HanRun(body, figure.End, NounMaxLength), VisitorEnds) is { } visitors => visitors,
        // 以621票赞成、49票反对: votes before the way they were cast are votes of that kind.
        { Unit: "票" } when body.WordAt(figure.End, LabelWords.VoteKinds) is { } vote => vote + "票",
        // 民政厅、法院等12部门: a unit that is a noun is what is counted.
        { Unit: var unit } when LabelWords.NounUnits.Contains(unit) => unit,
        { Kind: UnitKind.Classifier or UnitKind.Measure } => ClassifiedNoun(body, figure.End),
        { Kind: UnitKind.Age } => AgedPerson(FollowingNoun(body, figure.End, 2, NounMaxLength) ?? HanRun(body, figure.End, AgedPersonMaxLength)) is { } aged
            ? Named(body, figure.End, aged)
            : null,
        { Unit: "" } => FollowingNoun(body, figure.End, 2, NounMaxLength) ?? PeopleNoun(FollowingNoun(body, figure.End, 2, SubjectMaxLength), PeopleEnds),
        { Unit: "次" } => FollowingNoun(body, figure.End, 2, NounMaxLength) ?? CountedDeed(body, figure.End),
        { Unit: var count } when LabelWords.CountUnitsBeforeNoun.Contains(count) => FollowingNoun(body, figure.End, 2, LongNounMaxLength),
        { Kind: UnitKind.Money } => FollowingNoun(body, figure.End, 2, NounMaxLength) is { } fund && fund.EndsWithAny(LabelWords.FundNouns)
            ? fund
            : MoneyNoun(FollowingNoun(body, figure.End, 2, LongNounMaxLength)) ?? SpentOn.Find(body, figure.End, (at, max) => FollowingNoun(body, at, 2, max)),
        { Kind: UnitKind.Percent } => SpentOn.Find(body, figure.End, (at, max) => FollowingNoun(body, at, 2, max)),
        // 5000多年文明史, 30年党龄, 已有600多年的历史: a span right before a noun of history or of years served, or before 的 and
        // one, is that noun, whoever's it is.
        { Kind: UnitKind.Time } => SpanNoun(body, figure.End) ?? (OwnedNoun.After(body, figure.End) is var owner and > 0 ? SpanNoun(body, owner) : null),
        // 10公里冰雪赛道, 12.5米深水航道: a length right before a way or course is its length; 每50厘米加装 is no noun.
        { Kind: UnitKind.Length } => Route(HanRun(body, figure.End, NounMaxLength)),
        _ => null,
    };

    private const string Households = "人家";

    private const string Colons = "：:";

    private const int FieldNameMaxLength = 6;

    /// <summary>
    /// 温度：21—27摄氏度, 建筑面积：120平方米, 票价:30元: a figure straight after a colon is the value of the field named before
    /// it, when that name is a noun of at most six letters opening its clause; 他说：3年来 and 其中：5人 name no field.
    /// </summary>
    private static string? FieldName(string body, int start)
    {
        if (start < 2 || !Colons.Contains(body[start - 1], StringComparison.Ordinal))
        {
            return null;
        }
        var nameStart = start - 1;
        while (nameStart > 0 && FigureReader.IsHan(body[nameStart - 1]) && start - 1 - nameStart < FieldNameMaxLength)
        {
            nameStart--;
        }
        var name = body[nameStart..(start - 1)];
        var opensClause = nameStart == 0 || LabelWords.ClauseBreaks.Contains(body[nameStart - 1], StringComparison.Ordinal);
        return name.Length >= 2 && opensClause && Entities.CommonWords.Find(name.AsSpan(name.Length - 2)) is { Tag: ['n', ..] } ? name : null;
    }

    /// <summary>The verb of distance, 距 (相距, 距离 hold it).</summary>
    private const char Away = '距';

    private const int DistanceMaxLength = 12;

    /// <summary>The mutual 相距, whose subject names both ends (两地相距).</summary>
    private const string Mutual = "相距";

    /// <summary>
    /// 距昭阳城区, 这里距离县城, 两地相距: a clause before a length that holds 距 names a distance, from 距 on (the place measured
    /// from; the place measured is a subject other rules leave out, 这里 as much as 该村), or the whole clause with 相距, whose
    /// subject holds both ends; null when 距 stands nowhere or a break stands after it.
    /// </summary>
    private static string? Distance(string clause)
    {
        var away = clause.IndexOf(Away, StringComparison.Ordinal);
        if (away < 0 || away > 0 && DistanceNounStarts.Contains(clause[away - 1], StringComparison.Ordinal)
            || !clause.AsSpan(away).ToString().All(FigureReader.IsHan))
        {
            return null;
        }
        if (clause.EndsWith(Mutual, StringComparison.Ordinal))
        {
            return clause.Length <= DistanceMaxLength ? clause : null;
        }
        // 距离县城 or 距县城: the place measured from must follow. A verb there makes 距离 the noun of a spacing kept
        // (社交距离|保持在1米以上), no distance from a place.
        var from = clause.AsSpan(away).StartsWith("距离", StringComparison.Ordinal) ? away + 2 : away + 1;
        if (from + 2 <= clause.Length && Entities.CommonWords.Find(clause.AsSpan(from, 2)) is { Tag: VerbTag })
        {
            return null;
        }
        return from < clause.Length && clause.Length - away <= DistanceMaxLength ? clause[away..] : null;
    }

    private const string VerbTag = "v";

    /// <summary>Letters before 距 that make it a noun of spacing (间距, 差距, 行距, 株距, 轴距, 焦距), not the verb of distance.</summary>
    private const string DistanceNounStarts = "间差行株轴焦视步射";

    private static string? SpanNoun(string body, int start) =>
        FollowingNoun(body, start, 2, NounMaxLength) is { } span && span.EndsWithAny(LabelWords.SpanNounEnds) ? span : null;

    /// <summary>
    /// 10公里冰雪赛道, 5.56万公里污水收集管网: the way or course a length stands before ends at its first noun of a way,
    /// though a verb (收集) stands inside it; 400米的速滑跑道 is a phrase after 的, which other rules read.
    /// </summary>
    private static string? Route(string? words)
    {
        for (var end = 2; words is not null && end <= words.Length; end++)
        {
            if (words[end - 1] == '的' || words[0] == '的')
            {
                return null;
            }
            if (words[..end].EndsWithAny(LabelWords.RouteNouns))
            {
                return words[..end];
            }
        }
        return null;
    }

    /// <summary>
    /// 先后20次从境外将嫌疑人押解回国, 3次深入社区走访: a verbal 次 with no noun after it counts the deed that follows, up
    /// to the clause's end.
    /// </summary>
    private static string? CountedDeed(string body, int end)
    {
        var deed = RestOfClause(body, end);
        // 尝试了十几次都失败了: an adverb after the count opens a comment on the tries, not the deed counted.
        return deed.Length is >= 2 and <= SubjectMaxLength && deed.All(FigureReader.IsHan) && !deed.Any(ChineseNumeral.IsArabicDigit)
            && !LabelWords.ClauseAdverbs.Concat(CommentAdverbs).Any(a => deed.StartsWith(a, StringComparison.Ordinal)) ? deed : null;
    }

    /// <summary>The words from <paramref name="end"/> up to the clause's end: what a count with no noun after it counts.</summary>
    private static string RestOfClause(string body, int end)
    {
        var clauseEnd = body.AsSpan(end).IndexOfAny(LabelWords.ClauseBreakSet);
        return clauseEnd < 0 ? body[end..] : body[end..(end + clauseEnd)];
    }

    /// <summary>
    /// 12万元司法救助金亲手交到, 3000元医疗费用于: the noun of money an amount stands before ends at its first character
    /// of money (金, 款, 费), though a verb runs on after it.
    /// </summary>
    private static string? MoneyNoun(string? words)
    {
        var end = words is null ? -1 : words.AsSpan(1).IndexOfAny(LabelWords.MoneyNounEnds) + 1;
        // 5000万元授信额度: 额度 is one word.
        if (end >= 1 && end + 1 < words!.Length && words[end] == '额' && words[end + 1] == '度')
        {
            end++;
        }
        return end >= 1 ? words![..(end + 1)] : null;
    }

    /// <summary>126户贫困户户均增收, 300人村民代表: the people or households a head count is of, up to the noun's last person word.</summary>
    private static string? PeopleNoun(string? words) => PeopleNoun(words, PersonEnds);

    /// <summary>65.3万建档立卡贫困人口饮水安全问题: a bare count of ten thousands counts the people its long noun run names first.</summary>
    private static string? PeopleNoun(string? words, SearchValues<char> ends)
    {
        // 近14亿人口大市场: the count is of 人口 itself; 10多万山区人民 of 人民, not 人.
        if (words is not null && words.StartsWith("人口", StringComparison.Ordinal))
        {
            return "人口";
        }
        var end = words is null ? -1 : words.AsSpan().IndexOfAny(ends);
        if (end >= 1 && end + 1 < words!.Length && words[end] == '人' && words[end + 1] is '口' or '民')
        {
            end++;
        }
        return end >= 1 ? words![..(end + 1)] : null;
    }

    private static readonly SearchValues<char> PersonEnds = SearchValues.Create("户民员者工");

    /// <summary>人 too, for 人口 and 老年人, where a head count's own unit is not 人.</summary>
    private static readonly SearchValues<char> PeopleEnds = SearchValues.Create("户民员者工人");

    /// <summary>客 too, for the visitors and passengers a count of 人次 is of (游客, 旅客, 乘客).</summary>
    private static readonly SearchValues<char> VisitorEnds = SearchValues.Create("户民员者工客");

    private const int AgedPersonMaxLength = 4;

    /// <summary>68岁的居民刘金聚, 81岁的老人潘元珍: a person word the person's name follows gives the age to that name.</summary>
    private static string Named(string body, int personStart, string person) =>
        PersonName.At(body, personStart) != person && PersonName.At(body, personStart + person.Length) is { } name
            && !IsAdverbEnding(body, personStart + person.Length + 1, personStart + person.Length + name.Length) ? person + name : person;

    /// <summary>居民高兴地说: a "name" that holds or meets 地, 的 or 得 is a word of manner, not a name.</summary>
    private static bool IsAdverbEnding(string body, int start, int end) =>
        body.AsSpan(start, end - start).IndexOfAny(MannerEnds) >= 0 || end < body.Length && MannerEnds.Contains(body[end]);

    private static readonly SearchValues<char> MannerEnds = SearchValues.Create("地的得");

    /// <summary>
    /// 80多岁奶奶, 12岁男孩, 90多岁老人需要照料: an age directly before a word for a person (ending within four characters in
    /// a person's character) is that person's; 60岁退休 names no one. 30岁的年轻生命: 生命 is a life, and the age is its length.
    /// </summary>
    private static string? AgedPerson(string? words)
    {
        for (var i = 1; words is not null && i < Math.Min(words.Length, AgedPersonMaxLength); i++)
        {
            if (words.AsSpan(i).StartsWith("生命", StringComparison.Ordinal))
            {
                return words[..(i + 2)];
            }
            if (AgedEnds.Contains(words[i], StringComparison.Ordinal))
            {
                // 科研人员, 男孩子: a person word may end in two such characters.
                var end = i + 1;
                while (end < words.Length && AgedEnds.Contains(words[end], StringComparison.Ordinal))
                {
                    end++;
                }
                return words[..end];
            }
        }
        return null;
    }

    /// <summary>
    /// The first Han characters at <paramref name="start"/>, at most <paramref name="maxLength"/>: where a person word
    /// starts a run too long for a noun (50岁以上科研人员比例基本保持在…).
    /// </summary>
    private static string? HanRun(string body, int start, int maxLength)
    {
        var end = start;
        while (end < body.Length && end - start < maxLength && FigureReader.IsHan(body[end]))
        {
            end++;
        }
        return end > start ? body[start..end] : null;
    }

    /// <summary>Last characters of a word for a person (老人, 男孩, 村民, 旅客, 艺术家, 老教师, 老兵, 院士), after which an age is that person's.</summary>
    private const string AgedEnds = "人奶爷婆公童孩子女男生员者妇翁汉母父娃民客家师匠兵士";

    /// <summary>The noun after a measure word, or the class named after 等 when it is a list's first item (1368个公园、绿化带等人造工程).</summary>
    private static string? ClassifiedNoun(string body, int start)
    {
        // 两个是新华社记者, 10部为国产影片: the noun after 是 or 为 is what the count is of.
        var predicate = start < body.Length && body[start] is '是' or '为';
        start += predicate ? 1 : 0;
        if (OwnedNoun.ModifiedHead(body, start) is var headStart and > 0)
        {
            return FollowingNoun(body, headStart, 1, NounMaxLength);
        }
        var noun = FollowingNoun(body, start, predicate ? 2 : 1, LongNounMaxLength);
        if (noun is not null && LinksToNextNumber(body, start + noun.Length, noun))
        {
            return null;
        }
        if (noun is not null && ListHead.ClassNounStart(body, start + noun.Length) is var classStart and >= 0)
        {
            return FollowingNoun(body, classStart, 2, LongNounMaxLength) ?? noun;
        }
        return WithoutClosingVerb(noun is null ? null : SharedList(body, start, noun));
    }

    /// <summary>
    /// 56个企业、商户经营场所: a count before a 、-list whose later items have no count of their own counts them all, so
    /// the label runs to the list's end; 3家银行、12家保险公司 are counted apart. 及 joins such items as 、 does
    /// (50余名中央及省级媒体记者, 近500家研发中心及技术中心); 普及, 涉及 are verbs, cut before. 及时, 及早 are adverbs and
    /// 及其 'and their' turns to what the counted own (3名干部|及时赶到, 12名党员|及其家属): no item follows.
    /// </summary>
    private static string SharedList(string body, int start, string noun)
    {
        // A long run gives only its head, which is no list item.
        if (!body.AsSpan(start).StartsWith(noun, StringComparison.Ordinal))
        {
            return noun;
        }
        var end = start + noun.Length;
        while (end < body.Length && (body[end] == '、' || body[end] == '及' && !OpensJiWord(body, end + 1)) && (FollowingNoun(body, end + 1, 1, NounMaxLength) ?? GlossedItem(body, end + 1)) is { } item
            && !IsNumberAt(body, end + 1 + item.Length) && end + 1 + item.Length - start <= LongNounMaxLength)
        {
            end += 1 + item.Length;
        }
        return body[start..end];
    }

    /// <summary>Second letters of the words 及 opens that join no noun (及时, 及早, 及其).</summary>
    private const string JiWordSeconds = "时早其";

    private static bool OpensJiWord(string body, int at) => at < body.Length && JiWordSeconds.Contains(body[at], StringComparison.Ordinal);

    private const int GlossedItemMaxLength = 4;

    /// <summary>
    /// 10个区、县（市）经审批的: a short list item with a bracketed gloss ends at the gloss, though a verb runs on after it;
    /// the item with its gloss, or null.
    /// </summary>
    private static string? GlossedItem(string body, int start) =>
        HanRun(body, start, GlossedItemMaxLength) is { } item && Gloss(body, start + item.Length) is var glossEnd and > 0 ? body[start..glossEnd] : null;

    /// <summary>吸纳120名群众就业, 带动300户农户增收: a verb closing the noun run says what the counted do, not what they are.</summary>
    private static string? WithoutClosingVerb(string? noun) =>
        noun is null ? null
        : LabelWords.ClosingVerbs.FirstOrDefault(v => noun.EndsWith(v, StringComparison.Ordinal) && noun.Length - v.Length >= 2) is { } verb ? noun[..^verb.Length]
        : noun;

    /// <summary>
    /// 由0.2公顷降至0.1公顷, 从3吨增加到5吨, 从35项扩展到97项: words running from a measure straight into the next number are the verb that
    /// links the two, not a noun the measure counts.
    /// </summary>
    private static bool LinksToNextNumber(string body, int end, string words) =>
        IsNumberAt(body, end) && words[^1] is '至' or '到' or '为' or '了'
        || end + 1 < body.Length && body[end] is '至' or '到' && IsNumberAt(body, end + 1);

    private static bool IsNumberAt(string body, int at) =>
        at < body.Length && (ChineseNumeral.IsArabicDigit(body[at]) || ChineseNumeral.IsChineseDigit(body[at]));

    /// <summary>Only a list joint (和, 、) or the end of a change (提高至, 增加到, 减少到了) lies between the previous figure and this one.</summary>
    /// <summary>The words between the previous figure and this one without a date and its 的 (增长到去年的35亿元 → 增长到).</summary>
    /// <remarks>减少到2019年底的43万: 底, 初 and 末 after a year end the date, not the words.</remarks>
    private static string WithoutDate(string body, LabelContext context, int start) =>
        context.DateStart >= context.Floor && context.DateEnd <= start
            && body.AsSpan(context.DateEnd, start - context.DateEnd).TrimStart(DateEnds) is "的" or ""
            ? body[context.Floor..context.DateStart]
            : body[context.Floor..start];

    private const string DateEnds = "底初末";

    /// <summary>由119天降至最短45天: a superlative between the end of a change and its number says how far, not what changed.</summary>
    private const int ParallelBaseMaxLength = 8;

    /// <summary>
    /// 电光转换效率是荧光灯的5倍、白炽灯的20倍: a list item that names only another base (、X的) compares the same subject
    /// as the share or multiple before it.
    /// </summary>
    private static bool IsParallelBase(string between) =>
        between.Length is > 2 and <= ParallelBaseMaxLength && between[0] == '、' && between[^1] == '的'
        && between[1..^1].All(FigureReader.IsHan);

    private static bool Continues(string between) =>
        between.Length > 0 && (FigurePatterns.ListJoint().Match(between) is { Success: true } joint && joint.Length == between.Length
            || ChangeEnd.Follows(between)
            || between.AsSpan().IndexOfAny(LabelWords.ClauseBreakSet) < 0
                && LabelText.StripEnd(between.TrimEnd('了'), LabelWords.Superlatives) is [.., '至' or '到']
                && !NamesOwnMeasure(between));

    /// <summary>
    /// 65岁以上老年人健康管理率达到72%, 60岁以上老年人口达到120万人: the words between a bound and the next figure name a
    /// measure of their own before 达到, so the next figure is no range's upper end (从10%提高到20%, 增长到 still are).
    /// </summary>
    private static bool NamesOwnMeasure(string between)
    {
        var words = LabelText.StripEnd(between, LabelWords.TrailingLinks);
        return words.Length >= 3 && (words[^1] == '率' || MeasureNounEnding(words) is { } noun && words.Length > noun.Length);
    }

    /// <summary>The previous figure's end, or the last date's end unless the date is a comparison's base (比10月份).</summary>
    private static int Floor(string body, LabelContext context) =>
        context.DateEnd <= context.Floor || ComparedDateStart(body, context) >= 0 ? context.Floor : context.DateEnd;

    /// <summary>Where a date that is a comparison's base starts (比10月份, 比1—10月份: its range's lower end included), else -1.</summary>
    private static int ComparedDateStart(string body, LabelContext context)
    {
        if (context.DateStart <= context.Floor)
        {
            return -1;
        }
        var start = context.DateStart;
        while (start > context.Floor && LabelWords.DateRangeLead.Contains(body[start - 1], StringComparison.Ordinal))
        {
            start--;
        }
        // 从2014年的38%: the date of a change's start value is read over like a comparison's base.
        return start > 0 && body[start - 1] is '比' or '较' or '从' or '由' ? start : -1;
    }

    /// <summary>'While' after a status word (在任期间, 在校期间): the status word is the verb 在 with its object there.</summary>
    private const string WhileMark = "期间";

    /// <summary>5亩茶园去年收入2万多元: a word of time after the noun starts the clause's predicate, not more of the noun.</summary>
    private static readonly string[] TimeWordsEndingNoun = ["去年", "今年", "明年", "前年", "如今", "目前", "眼下", "今天", "昨天", "本周", "本月"];

    /// <summary>
    /// The noun run after a measure word or 的, up to a verb or function word, or null when longer than
    /// <paramref name="maxLength"/>; a run of up to 14 characters is kept whole (13个重点地区党政负责同志, 53个银联标准电子钱包
    /// 产品), a longer one gives its last words, its head. After 的 a long run is a phrase the figure describes
    /// (距银川60公里的青铜峡黄河金沙湾泵站), so callers there allow 8 characters only.
    /// </summary>
    private static string? FollowingNoun(string body, int start, int minLength, int maxLength)
    {
        var end = start;
        while (end < body.Length && end - start <= maxLength && (FigureReader.IsHan(body[end]) || Gloss(body, end) > 0
            || char.IsAsciiLetter(body[end]) || QuotedTerm(body, end) > 0))
        {
            // 300多项“非遗”活动: a short quoted term inside the noun is part of it.
            if (QuotedTerm(body, end) is var quotedEnd and > 0)
            {
                end = quotedEnd;
                continue;
            }
            // 1389个乡镇（街道）监察办公室: a gloss in brackets inside the noun is read over.
            if (Gloss(body, end) is var glossEnd and > 0)
            {
                end = glossEnd;
                continue;
            }
            // 30名在职党员: a status word (在职, 在任) is whole, but before 期间 'while' it is the verb 在 with its
            // object, a time of the clause (20名干部|在任期间, 学生|在校期间).
            if (body.WordAt(end, LabelWords.WholeNouns) is { } whole && !(whole[0] == '在' && body.AsSpan(end + whole.Length).StartsWith(WhileMark)))
            {
                end += whole.Length;
                continue;
            }
            if (end > start && NumeralWords.InNounAt(body, start, end) is { } numeralWord)
            {
                end += numeralWord.Length;
                continue;
            }
            if (body.WordAt(end, LabelWords.CutsAfter) is not null || end > start && body.WordAt(end, TimeWordsEndingNoun) is not null
                || ChineseNumeral.IsChineseDigit(body[end]) && !(end == start ? StartsName(body, end) : body[end - 1] == '第'))
            {
                break;
            }
            end++;
        }
        // 3.9万个小区中，有…: 中 before a comma says "among", it is no part of the noun (高中, 集中 are words).
        if (end < body.Length && LabelWords.IsComma(body, end) && end - start >= 3 && body[end - 1] == '中' && !LocativeLookalikes.Contains(body[end - 2], StringComparison.Ordinal))
        {
            end--;
        }
        var length = end - start;
        return length < minLength || length > maxLength ? null
            : length <= SubjectMaxLength ? body[start..end]
            : body[(end - HeadMaxLength)..end];
    }

    /// <summary>
    /// 3个三峡水利工程, 两个五指山: a numeral opening a noun with no unit or numeral after it starts a name (三峡, 五指山), not
    /// a second count (3个五年计划, 两个一百年).
    /// </summary>
    private static bool StartsName(string body, int at) =>
        at + 1 < body.Length && FigureReader.IsHan(body[at + 1]) && !ChineseNumeral.IsChineseDigit(body[at + 1])
        && UnitTable.Match(body, at + 1) is null;

    /// <summary>Characters that make a word with a following 中 (高中, 初中, 集中, 空中, 其中, 心中).</summary>
    private const string LocativeLookalikes = "高初集空其心";

    private const int GlossMaxLength = 6;

    /// <summary>How many characters may stand between a length and its dimension noun (5000米|当量|井深).</summary>
    private const int DimensionModifierMaxLength = 2;

    /// <summary>Where a short bracketed gloss opening at <paramref name="at"/> ends when a noun goes on after it, else -1.</summary>
    private static int Gloss(string body, int at)
    {
        if (at >= body.Length || body[at] is not ('（' or '('))
        {
            return -1;
        }
        var close = body.AsSpan(at, Math.Min(body.Length - at, GlossMaxLength + 2)).IndexOfAny('）', ')');
        return close > 1 && at + close + 1 < body.Length && FigureReader.IsHan(body[at + close + 1]) ? at + close + 1 : -1;
    }

    /// <summary>Where a short quoted term opening at <paramref name="at"/> ends when a noun goes on after it (“非遗”活动), else -1.</summary>
    private static int QuotedTerm(string body, int at)
    {
        if (at >= body.Length || body[at] != '“')
        {
            return -1;
        }
        var close = body.AsSpan(at + 1, Math.Min(body.Length - at - 1, QuotedMaxLength)).IndexOf('”');
        return close > 0 && at + close + 2 < body.Length && FigureReader.IsHan(body[at + close + 2])
            && !body.AsSpan(at + 1, close).ContainsAny(LabelWords.ClauseBreakSet)
            ? at + close + 2
            : -1;
    }

    private static string? QuotedNoun(string body, int at)
    {
        if (at >= body.Length || body[at] != '“')
        {
            return null;
        }
        var close = body.AsSpan(at + 1, Math.Min(body.Length - at - 1, QuotedMaxLength)).IndexOf('”');
        var after = at + close + 2;
        if (close < 1 || after < body.Length && !LabelWords.ClauseBreaks.Contains(body[after], StringComparison.Ordinal))
        {
            return null;
        }
        foreach (var c in body.AsSpan(at + 1, close))
        {
            if (!FigureReader.IsHan(c))
            {
                return null;
            }
        }
        return body.Substring(at + 1, close);
    }

    /// <summary>Where the clause before <paramref name="end"/> starts; a parenthesis (（PMI）) or a date does not end it.</summary>
    private static int ClauseStart(string body, int end, int floor, (int Start, int End) comparedDate = default)
    {
        var start = end;
        while (start > floor)
        {
            if (comparedDate.Start >= 0 && start > comparedDate.Start && start <= comparedDate.End)
            {
                // A comparison's date (比1—10月份) is read over, whatever punctuation it holds.
                start = comparedDate.Start;
                continue;
            }
            var c = body[start - 1];
            if (c is '）' or ')' && body.AsSpan(0, start - 1).LastIndexOfAny(Openers) is var open and >= 0 && open >= floor && start - open <= 12)
            {
                start = open;
                continue;
            }
            // 查处“三乱”问题, “红通人员”35人: a short quoted word is part of the noun phrase around it.
            if (c == '”' && body.AsSpan(0, start - 1).LastIndexOf('“') is var quote and >= 0 && quote >= floor && start - quote <= QuotedMaxLength
                && body.AsSpan(quote + 1, start - quote - 2).IndexOfAny(LabelWords.ClauseBreakSet) < 0)
            {
                start = quote;
                continue;
            }
            // The point of PM2.5 is not a full stop.
            if (LabelWords.ClauseBreaks.Contains(c, StringComparison.Ordinal) && !(c == '.' && start >= 2 && char.IsAsciiDigit(body[start - 2])))
            {
                break;
            }
            start--;
        }
        return start;
    }

    /// <summary>
    /// The noun phrase of a clause's words: after the last verb, without scope words, at most 14 characters; of a longer
    /// one, the measure noun ending it, else its last words, since a Chinese noun phrase ends in its head
    /// (新增绿色循环技术应用储粮 → 技术应用储粮).
    /// </summary>
    private static string? Subject(string words)
    {
        var subject = LabelText.WithoutOuterQuotes(LabelText.StripStart(LabelText.WithoutDemonstrative(LabelText.WithoutLeadingPeriod(LabelText.AfterLastCut(words))), LabelWords.LeadingScopes));
        return subject.Length switch
        {
            0 => null,
            <= SubjectMaxLength => subject,
            _ => CompoundMeasureNounEnding(words) ?? subject[^HeadMaxLength..],
        };
    }

    /// <summary>
    /// The subject of a figure that has none of its own: the previous figure's in the same sentence, else the topic of
    /// the clause before (its words up to the first verb), when that clause holds no figure. The object of 涉及 takes
    /// only the topic: what the clause before says is involved, not what the figure before counted.
    /// </summary>
    private static string? Inherited(string body, int clauseStart, LabelContext context, bool mayInherit, bool topicOnly = false, bool timed = false)
    {
        if (!mayInherit)
        {
            return null;
        }
        if (!topicOnly && context.HasPrevious && body.AsSpan(context.Floor, clauseStart - context.Floor).IndexOfAny(LabelWords.SentenceBreaks) < 0)
        {
            return context.PreviousSubject;
        }
        // 发布数量逐年增长，2019年达到9892条: a date opening the clause belongs to the figure, not to its subject.
        var dated = context.DateEnd == clauseStart && context.DateStart > context.Floor;
        if (dated)
        {
            clauseStart = context.DateStart;
        }
        // 他养鸡的规模一年比一年大。2014年1000只，2019年1万只: a sentence that opens with a date and a bare figure runs on
        // from the topic of the sentence before.
        var runsOn = dated && clauseStart >= 1 && body[clauseStart - 1] == '。';
        if (clauseStart < 1 || !LabelWords.IsComma(body, clauseStart - 1) && !runsOn)
        {
            return null;
        }
        var previousStart = ClauseStart(body, clauseStart - 1, context.Floor);
        var previous = body[previousStart..(clauseStart - 1)];
        // 工厂去年的产值，比前年翻了一番，达到1.6亿元: a clause opening with 比 has no topic of its own; the one before holds it.
        var compared = previous.StartsWith('比') && previousStart - 1 > context.Floor && LabelWords.IsComma(body, previousStart - 1);
        if (compared)
        {
            previous = LabelText.WithoutDemonstrative(body[ClauseStart(body, previousStart - 1, context.Floor)..(previousStart - 1)]);
        }
        // 工厂去年的产值，比前年翻了一番: the change in a clause opening with 比 is of the topic before it, as is what follows.
        var comparing = body[clauseStart] == '比' && !compared;
        if (comparing)
        {
            previous = LabelText.WithoutDemonstrative(previous);
        }
        var topic = runsOn || timed || compared || comparing ? LabelText.TopicOf(previous)
            : topicOnly && previous.Length <= SubjectMaxLength ? previous : LabelText.BeforeFirstCut(previous);
        // 全县的农村公路总里程: the 的 after a scope word goes with it.
        var subject = LabelText.StripStart(topic, LabelWords.LeadingScopes).TrimStart('的');
        // 据调查，…: where a figure comes from is not what it measures; 截至发稿时，… says when, not what.
        return subject.Length is >= 2 and <= SubjectMaxLength && !SurveySubject.IsSource(subject) && subject.WordAt(0, TimeLimitLeads) is null
            ? subject
            : null;
    }

    /// <summary>Words opening a clause that says up to when a figure is counted (截至发稿时, 截止到目前).</summary>
    private static readonly string[] TimeLimitLeads = ["截至", "截止"];

    /// <summary>
    /// 年汽油销售量5000吨以上加油站, 年销售额2000万元以上企业: an amount right after a noun of a measured quantity is that
    /// quantity, and the noun after it is what has it, not what the amount is of.
    /// </summary>
    private static bool MeasureNamedBefore(string body, FigureCandidate figure, int floor)
    {
        var words = body[Math.Max(floor, figure.Start - HeadMaxLength)..figure.Start];
        return figure.Kind is UnitKind.Measure or UnitKind.Money && words.Length >= 2
            && (MeasureNounEnding(words) is not null || words[^1] is '量' or '额');
    }

    /// <summary>The measure noun ending a clause with the measure noun it is of (利润增速, 出口增速), else alone (增速).</summary>
    private static string? CompoundMeasureNounEnding(string clause) =>
        MeasureNounEnding(clause) is { } head
            ? (MeasureNounEnding(clause[..^head.Length]) is { } of && of.Length + head.Length <= HeadMaxLength + 2 ? of + head : head)
            : null;

    private static string? MeasureNounEnding(string clause) =>
        LabelWords.MeasureNouns.FirstOrDefault(n => clause.EndsWith(n, StringComparison.Ordinal));
}
