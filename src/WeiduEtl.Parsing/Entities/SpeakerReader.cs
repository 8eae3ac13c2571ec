using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Who stands before a verb of saying: a person already found in that clause, 他/她 meaning the last person named,
/// a bare name (a new person mention), or a group (商户们, 城管队员).
/// </summary>
internal static class SpeakerReader
{
    private static readonly CharSet ClauseBreaks = new("，。！？；：\n”“,;:!?");
    private const int MaxGroupSpeaker = 12;
    private const int PronounReach = 400;
    private static readonly CharSet NotInSpeaker = new("的是了在把被这那其为对向从给让使将就都也还又再着过");
    private static readonly WordIndex Pronouns = HanText.Longest("他们", "她们", "他", "她");
    private const string Someone = "有人";
    private const string WhileDoing = "一边";

    /// <summary>Adverbs of when or how together a group speaks, between it and its verb (党员干部|当即表示, 村民们|纷纷说): not the group's name.</summary>
    private static readonly WordIndex PromptAdverbs = HanText.Longest("当即", "随即", "立即", "马上", "当场", "纷纷", "一致", "齐声", "先后", "连连");

    public static (string? Speaker, EntityMention? Person) Read(string body, int clauseStart, int verbStart, List<EntityMention> people)
    {
        var speakerEnd = HearerGestures.SpeakerEnd(body, clauseStart, OccasionFrames.Start(body, clauseStart, SpeechVerbs.SpeakerEnd(body, clauseStart, verbStart)));
        speakerEnd = BeforeHeldAction(body, clauseStart, speakerEnd, people);
        // The name right before the verb is its subject (跟周其林读研究生的朱守非|告诉记者); with none, a phrase of the one
        // spoken to (某经理|向顾客介绍说) ends the speaker before it; otherwise the first name in the clause speaks.
        var person = NameEndingAt(people, clauseStart, speakerEnd);
        if (person is null && SpeechVerbs.HearerPhraseEnd(body, clauseStart, speakerEnd) is { } beforeHearer)
        {
            speakerEnd = beforeHearer;
            person = NameEndingAt(people, clauseStart, speakerEnd);
        }
        person ??= people.FirstOrDefault(p => p.CharStart >= clauseStart && p.CharEnd <= speakerEnd);
        if (person is not null)
        {
            return (person.Name, person);
        }
        if (WriterSpeaker.Before(body, clauseStart, speakerEnd) is { } writer)
        {
            return (writer, null);
        }
        if (HanText.WordEndingAt(body, speakerEnd, Pronouns) is { } pronoun)
        {
            return pronoun.Length == 1 && Pronoun(body, speakerEnd - 1, people) is { } referent ? referent : (null, null);
        }
        // A pronoun opens the clause, a description of the manner follows (她一边搬货一边|说).
        if (IsPronounAt(body, clauseStart))
        {
            return Pronoun(body, clauseStart, people) is { } referent ? referent : (null, null);
        }
        if (AddressForms.LengthAt(body, clauseStart) is > 0 and var address && clauseStart + address <= speakerEnd)
        {
            return (body.Substring(clauseStart, address), null);
        }
        // Someone brought in by a count opens the clause, what they do before the verb follows (一名外国观众试用了新手机后|说).
        if (CountedStrangers.LengthAt(body, clauseStart) is > 0 and var counted && clauseStart + counted <= speakerEnd)
        {
            return (body.Substring(clauseStart, counted), null);
        }
        // 有人 'someone' opens the clause (有人喊“开饭了”, 有人说，…): no one is named, so the word as printed speaks.
        if (speakerEnd - clauseStart == Someone.Length && body.AsSpan(clauseStart).StartsWith(Someone))
        {
            return (Someone, null);
        }
        // A manner adverb before the verb (周其林毫不犹豫地|回答): the name that opens the clause is the speaker.
        if (speakerEnd > clauseStart && body[speakerEnd - 1] == '地' && !StartsPlace(body, clauseStart) && PersonNameReader.NameLengthAt(body, clauseStart) is >= 2 and var nameLength)
        {
            return NewSpeaker(body, clauseStart, clauseStart + nameLength, people);
        }
        if (NameBeforeManner(body, clauseStart, speakerEnd) is { } named)
        {
            return NewSpeaker(body, named.Start, named.End, people);
        }
        if (FramedName(body, clauseStart, speakerEnd) is { } framed)
        {
            return NewSpeaker(body, framed, speakerEnd, people);
        }
        if (RoleOfBody(body, clauseStart, speakerEnd) is { } role)
        {
            return (role, null);
        }
        if (AfterQuotation(body, clauseStart, speakerEnd) is { } whole)
        {
            return whole;
        }
        if (AddressInClause(body, clauseStart, speakerEnd) is { } addressed)
        {
            return (addressed, null);
        }
        if (AddressAfterBody(body, clauseStart, speakerEnd) is { } post)
        {
            return (post, null);
        }
        // A name before such an adverb was read above; what is left before one is a group (居民|当即 is no 居 surname).
        var adverb = HanText.WordEndingAt(body, speakerEnd, PromptAdverbs)?.Length ?? 0;
        speakerEnd -= adverb;
        var start = NameRun.StartBefore(body, speakerEnd, 8);
        // A run with 着 or one opening with 一边 is a verb phrase of manner (指着大棚|说, 一边摘草莓|一边说), which has no subject of
        // its own: no group's name.
        // So does one with a complement of direction (走上前|询问, 跑过来|问): a movement, not who moves.
        if (speakerEnd - start < 2 || body.AsSpan(start, speakerEnd - start).Contains('着') || body.AsSpan(start).StartsWith("一边")
            || HasDirection(body, start, speakerEnd) || IsPlaceReached(body, start, speakerEnd))
        {
            return (null, null);
        }
        // A doer's word before the name (顾客|王某某|说) describes the one named, who speaks.
        if (adverb == 0 && PersonNameReader.DoerLengthAt(body, start) is > 0 and var doer && PersonNameReader.NameLengthAt(body, start + doer) == speakerEnd - start - doer)
        {
            return NewSpeaker(body, start + doer, speakerEnd, people);
        }
        return adverb == 0 && PersonNameReader.NameLengthAt(body, start) == speakerEnd - start && !IsKindOfPerson(body, start, speakerEnd)
            ? NewSpeaker(body, start, speakerEnd, people) : (body[start..speakerEnd], null);
    }

    private const int MaxPlaceReached = 3;
    private static readonly CharSet PlacePrepositions = new("到在至往");
    private static readonly CharSet Locatives = new("前后里边旁上下内外中");

    /// <summary>
    /// A thing and a word of where after a verb of reaching (老人跑到车前|表示, 他走到桌旁|说): the place the subject stands,
    /// not who speaks, though the thing's letter may open a surname.
    /// </summary>
    private static bool IsPlaceReached(string body, int start, int end) =>
        start > 0 && PlacePrepositions.Contains(body[start - 1]) && end - start <= MaxPlaceReached && Locatives.Contains(body[end - 1]);

    private static readonly WordIndex Directions = HanText.Longest("上前", "过来", "过去", "上来", "下来", "进来", "出来", "回来");

    private static bool HasDirection(string body, int start, int end)
    {
        for (var at = start; at < end - 1; at++)
        {
            if (HanText.WordAt(body, at, Directions) is { } word && at + word.Length <= end)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A verb with 着 between the subject and the verb of saying (老人|指着墙上的奖章|说, 王某|拿着图纸|介绍): what the action
    /// names is no speaker, the subject before it is. Only when that subject is one (a person found, 他/她, a name, a kind
    /// of person or a form of address), so a description before a name (戴着眼镜的王老师, 一位戴着…的老师) is read whole.
    /// </summary>
    private static int BeforeHeldAction(string body, int clauseStart, int speakerEnd, List<EntityMention> people)
    {
        var held = body.AsSpan(clauseStart, speakerEnd - clauseStart).IndexOf('着');
        if (held < 2)
        {
            return speakerEnd;
        }
        var actionStart = clauseStart + held - 1;
        var subject = actionStart - clauseStart;
        var isSubject = people.Exists(p => p.CharStart == clauseStart && p.CharEnd == actionStart)
            || (subject == 1 && IsPronounAt(body, clauseStart))
            || PersonDescriptors.EndingAt(body, actionStart) == subject
            || TitleLexicon.CoreLengthEndingAt(body, actionStart) == subject
            || AddressForms.LengthAt(body, clauseStart) == subject
            || (subject >= 2 && PersonNameReader.NameLengthAt(body, clauseStart) == subject)
            // A group (孩子们|争着|回答) is a subject as much.
            || (subject >= 2 && body[actionStart - 1] == '们' && IsAllHan(body.AsSpan(clauseStart, subject)));
        return isSubject ? actionStart : speakerEnd;
    }

    private static EntityMention? NameEndingAt(List<EntityMention> people, int clauseStart, int end) =>
        people.FirstOrDefault(p => p.CharEnd == end && p.CharStart >= clauseStart);

    /// <summary>
    /// A name that opens the clause or follows a descriptor, a title or a description ending in 的 there, then a short phrase
    /// of manner before the verb (王某一边走一边|说, 店主王某抬起头|说, 正在打包的店主王某|告诉记者, 坐在门口的王某一见到
    /// 记者就|诉说道); not when the phrase makes the name a
    /// possessor or one of a pair (王某的妻子|说, 王某和同事|说), nor when a division's name starts where the name would.
    /// </summary>
    private static (int Start, int End)? NameBeforeManner(string body, int clauseStart, int speakerEnd)
    {
        for (var at = clauseStart; at <= speakerEnd - 2; at++)
        {
            if (!HanText.IsHan(body[at]))
            {
                return null;
            }
            if (at > clauseStart && PersonDescriptors.EndingAt(body, at) == 0 && !TitleLexicon.TitleEndsAt(body, at) && !KindEnds.Contains(body[at - 1]) && body[at - 1] != '的')
            {
                continue;
            }
            var length = PersonNameReader.NameLengthAt(body, at);
            // The reader cannot tell the verb's first letter from a given one (经理马骏|问 read as 马骏问): the name ends at the verb.
            if (length >= 3 && at + length == speakerEnd + 1 && at > clauseStart)
            {
                length--;
            }
            // Nor a given letter from the first letter of a manner word with 地 (环卫工人黄某|由衷地|感叹): the name ends before the word.
            if (length == 3 && MannerWordAt(body, at + 2, speakerEnd) && AddressForms.LengthAt(body, at) == 0)
            {
                length--;
            }
            if (length < 2 || at + length > speakerEnd || speakerEnd - at - length > MaxManner || StartsPlace(body, at) || IsKindOfPerson(body, at, at + length)
                || AddressBeforeWord(body, at, length))
            {
                continue;
            }
            var manner = body.AsSpan(at + length, speakerEnd - at - length);
            return manner.IndexOfAny(NotManner) < 0 && IsAllHan(manner) ? (at, at + length) : null;
        }
        return null;
    }

    /// <summary>
    /// A surname and a kin honorific whose third letter opens a word of the dictionary with the letter after it (村民|陈叔|热情地告诉,
    /// |王姐|耐心地解释): a form of address before a manner phrase, no three-letter name; the form is read as the speaker after.
    /// </summary>
    private static bool AddressBeforeWord(string body, int at, int length) =>
        length == 3 && AddressForms.LengthAt(body, at) == 2 && HanText.IsHanAt(body, at + 3) && CommonWords.Find(body.AsSpan(at + 2, 2)) is not null;

    /// <summary>
    /// A word of the dictionary of two letters at <paramref name="at"/> with 地 right after it, before the verb: a manner adverb
    /// (由衷地, 热情地); not a noun whose last letter makes a noun with 地 (李建|国土地|确权: the name's last letter and 土地).
    /// </summary>
    private static bool MannerWordAt(string body, int at, int speakerEnd) =>
        at + 3 <= speakerEnd && HanText.IsHanAt(body, at + 1) && body[at + 2] == '地' && CommonWords.Find(body.AsSpan(at, 2)) is { } word
        && !(word.Tag == NounTag && CommonWords.Find(body.AsSpan(at + 1, 2)) is { Tag: NounTag });

    private const string NounTag = "n";

    /// <summary>Where a name framed by a preposition ends the clause (正如|X|所说, 用|X|的话说, 在|X|看来), or null.</summary>
    private static int? FramedName(string body, int clauseStart, int speakerEnd)
    {
        for (var at = Math.Max(clauseStart + 1, speakerEnd - 4); at <= speakerEnd - 2; at++)
        {
            var described = at - 1 > clauseStart && FrameOpenings.Contains(body[clauseStart]) && (KindEnds.Contains(body[at - 1]) || FramedKindEnds.Contains(body[at - 1])
                || PersonDescriptors.EndingAt(body, at) > 0 || TitleLexicon.TitleEndsAt(body, at));
            // The frame may describe the one it names first (用|老农|某某|的话说, 在|工程师|某某|看来).
            if ((FrameOpenings.Contains(body[at - 1]) || described) && PersonNameReader.NameLengthAt(body, at) == speakerEnd - at)
            {
                return at;
            }
        }
        return null;
    }

    /// <summary>
    /// Whether a division or a country starts at <paramref name="at"/>: 许昌|东站值班员 is no person 许昌东, 巴基斯坦 no 巴 surname.
    /// </summary>
    private static bool StartsPlace(string body, int at) => DivisionGazetteer.Shared.MatchAt(body, at) >= 2 || Countries.At(body, at) is not null;

    private static readonly CharSet FrameOpenings = new("如用在据照按");

    /// <summary>
    /// Last letters of words for a kind of person that no list holds (主帅, 预报员, 被告人, 庭长, 中锋, 后卫): a name right
    /// after one, before the verb, is the speaker the kind describes.
    /// </summary>
    private static readonly CharSet KindEnds = new("员人帅长师手官锋卫");

    /// <summary>More last letters of a kind of person, read only inside a frame (用|老农|某某|的话说, 在|读者|某某|看来).</summary>
    private static readonly CharSet FramedKindEnds = new("者工农户");

    private const int MaxManner = 8;
    private static readonly System.Buffers.SearchValues<char> NotManner = System.Buffers.SearchValues.Create("的和与及同跟们或、");

    internal static bool IsAllHan(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!HanText.IsHan(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether <c>[start, end)</c> is a kind of person that opens with a surname's letter (居民, 代表), not a name.</summary>
    private static bool IsKindOfPerson(string body, int start, int end) =>
        PersonDescriptors.EndingAt(body, end) == end - start || TitleLexicon.IsOccupationWord(body[start..end]);

    internal static (string? Speaker, EntityMention? Person) NewSpeaker(string body, int start, int end, List<EntityMention> people)
    {
        var name = body[start..end];
        var mention = new EntityMention(MentionKind.Person, name, name, null, null, start, end, EntityRules.SpeakerName);
        people.Add(mention);
        return (name, mention);
    }

    /// <summary>Who a 他/她 at <paramref name="index"/> is: the person in focus, named within a few paragraphs before.</summary>
    public static (string Speaker, EntityMention? Person)? Pronoun(string body, int index, List<EntityMention> people) => PersonInFocus.At(body, index, people, PronounReach);

    /// <summary>Whether a 他/她 (not 他们) starts at <paramref name="index"/>.</summary>
    public static bool IsPronounAt(string body, int index) =>
        index < body.Length && body[index] is '他' or '她' && (index + 1 >= body.Length || body[index + 1] != '们');

    /// <summary>
    /// “…”X说: right after a quotation everything before the verb is the speaker, a group or a role as much as a name
    /// (一位参与者, 园区相关部门负责人), so long as it is a short run of Han letters with no function word (这是许多瓜农的|回答
    /// is a sentence about an answer, not its speaker).
    /// </summary>
    private static (string? Speaker, EntityMention? Person)? AfterQuotation(string body, int clauseStart, int speakerEnd)
    {
        // 一边…一边说 describes the manner, not who speaks: the speaker ends where it opens (快递员王某|一边分拣包裹一边说).
        if (body.AsSpan(clauseStart, speakerEnd - clauseStart).IndexOf(WhileDoing) is > 1 and var manner)
        {
            speakerEnd = clauseStart + manner;
        }
        var length = speakerEnd - clauseStart;
        if (clauseStart == 0 || body[clauseStart - 1] != '”' || length < 2 || length > MaxGroupSpeaker)
        {
            return null;
        }
        for (var at = clauseStart; at < speakerEnd; at++)
        {
            if (!HanText.IsHan(body[at]) || NotInSpeaker.Contains(body[at]))
            {
                return null;
            }
        }
        // The reporter asks; an interviewee's words are never the reporter's (“…”记者问).
        if (body.AsSpan(clauseStart, length).EndsWith("记者"))
        {
            return (null, null);
        }
        // A name alone is a person, found by the reading below.
        return PersonNameReader.NameLengthAt(body, clauseStart) == length ? null : (body[clauseStart..speakerEnd], null);
    }

    /// <summary>
    /// A body's spokesman, named by the post rather than by name (税务总局国际税务司相关负责人|介绍, 据市教育局有关负责人|介绍,
    /// 某公司代表|告诉本报记者):
    /// the whole run of Han letters before the verb, however long the body's name, so long as no function word is in it.
    /// </summary>
    private static string? RoleOfBody(string body, int clauseStart, int speakerEnd)
    {
        if (HanText.WordEndingAt(body, speakerEnd, Roles) is null)
        {
            return null;
        }
        var start = body[clauseStart] == '据' ? clauseStart + 1 : clauseStart;
        var length = speakerEnd - start;
        if (length > MaxRoleSpeaker || !IsAllHan(body.AsSpan(start, length)) || body.AsSpan(start, length).IndexOfAny(NotInRoleSpeaker) >= 0)
        {
            return null;
        }
        return body[start..speakerEnd];
    }

    private const int MaxRoleSpeaker = 24;
    private static readonly WordIndex Roles = HanText.Longest("负责人", "工作人员", "发言人", "新闻发言人", "代表");
    /// <summary>Function words that never stand inside a post or a body's name (的, 是, 把, 将, 就 …).</summary>
    internal const string NotInRoleLetters = "的是了在把被这那其为对向从给让使将就都也还又再着过";

    internal static readonly System.Buffers.SearchValues<char> NotInRoleSpeaker = System.Buffers.SearchValues.Create(NotInRoleLetters);

    /// <summary>
    /// A form of address that the clause's description leads to (家住河东小区的赵阿姨|指着门前的河道|说): the one addressed
    /// speaks, not a noun the verb phrase names on the way; only after 的 or at a description's end, never owning anything.
    /// </summary>
    private static string? AddressInClause(string body, int clauseStart, int speakerEnd)
    {
        for (var at = clauseStart + 1; at < speakerEnd - 1; at++)
        {
            if (body[at - 1] != '的' && PersonDescriptors.EndingAt(body, at) == 0)
            {
                continue;
            }
            if (AddressForms.LengthAt(body, at) is > 0 and var length && at + length <= speakerEnd && (at + length == speakerEnd || body[at + length] != '的'))
            {
                return body.Substring(at, length);
            }
        }
        return null;
    }

    /// <summary>
    /// A form of address that ends the speaker right after the name of the body where that person works (某区城管办市政科|
    /// 陈主任|说, 某某街道办|李书记|说): the form speaks, not a run cut somewhere inside the body's long name.
    /// </summary>
    private static string? AddressAfterBody(string body, int clauseStart, int speakerEnd)
    {
        for (var at = Math.Max(clauseStart + 2, speakerEnd - 4); at <= speakerEnd - 2; at++)
        {
            if (BodyEnds.Contains(body[at - 1]) && AddressForms.LengthAt(body, at) == speakerEnd - at && IsAllHan(body.AsSpan(at - 2, speakerEnd - at + 2)))
            {
                return body[at..speakerEnd];
            }
        }
        return null;
    }

    /// <summary>Last letters of a body's name, a unit of an office or a firm (科, 办, 局, 处, 站, 所, 队, 司).</summary>
    private static readonly CharSet BodyEnds = new("科办局处部委站所队院校司厅室组馆");

    /// <summary>Start of the clause that ends at <paramref name="end"/>.</summary>
    public static int ClauseStart(string body, int end)
    {
        var at = end - 1;
        while (at >= 0 && !ClauseBreaks.Contains(body[at]))
        {
            at--;
        }
        return at + 1;
    }

    /// <summary>End of the clause that starts at <paramref name="start"/>.</summary>
    public static int ClauseEnd(string body, int start)
    {
        var at = start;
        while (at < body.Length && !ClauseBreaks.Contains(body[at]))
        {
            at++;
        }
        return at;
    }
}
