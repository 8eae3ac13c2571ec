using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Quotations attributed by who the passage is about rather than by a verb of saying: the subject of the clause before
/// a colon or a comma (老游努努嘴，“…”), the first person named after a quotation that opens the article, and the person
/// in focus for first-person words nothing else attributes.
/// </summary>
internal static class QuoteSubjects
{
    private const int FocusReach = 300;
    private const int MaxSubjectClause = 16;
    private const int MaxOpenedClause = 28;
    private const int MaxSubheading = 24;

    /// <summary>A colon without a verb of saying (张晓莉对结果很满意：“…”): the person the clause is about.</summary>
    public static AttributedQuote? Colon(string body, QuoteSpan span, List<EntityMention> people)
    {
        var colon = span.ColonBefore(body);
        if (colon < 0)
        {
            return null;
        }
        var clauseStart = SpeakerReader.ClauseStart(body, colon);
        var person = people.FirstOrDefault(p => p.CharStart >= clauseStart && p.CharEnd <= colon);
        if (person is null && SpeakerReader.IsPronounAt(body, clauseStart))
        {
            return SpeakerReader.Pronoun(body, clauseStart, people) is { } referent
                ? new AttributedQuote(span, referent.Speaker, referent.Person, null, EntityRules.QuoteColon, span.Close + 1)
                : null;
        }
        // The clause's own subject (对此，张某深有感触：“…”; 张某回忆起当年的情景：“…”), or a kind of person that opens it
        // (话音刚落，村民们就鼓起掌来：“…”), before the sentence's.
        person ??= SentenceSubject(body, clauseStart, colon, people);
        if (person is null && DescribedSubject(body, clauseStart, colon) is { } group)
        {
            return new AttributedQuote(span, group, null, null, EntityRules.QuoteColon, span.Close + 1);
        }
        // A group, counted by a word of how many or not, opens the clause (会上，与会者达成共识：“…”; 不少网友留言：“…”).
        if (person is null && KindSubjects.GroupLengthAt(body, clauseStart, colon) is > 0 and var groupLength)
        {
            return new AttributedQuote(span, body.Substring(clauseStart, groupLength), null, null, EntityRules.QuoteColon, span.Close + 1);
        }
        // The clause before the colon goes on about the sentence's subject (焦义刚在做产品的无障碍优化时，也深感人才的缺乏：“…”).
        person ??= SentenceSubject(body, QuoteAttributor.SentenceStart(body, clauseStart), clauseStart, people);
        if (person is null)
        {
            // Or a post or a kind of person (公司经理表现十分强势：“…”).
            return RoleAt(body, clauseStart, colon) is { } role ? new AttributedQuote(span, role, null, null, EntityRules.QuoteColon, span.Close + 1) : null;
        }
        return new AttributedQuote(span, person.Name, person, null, EntityRules.QuoteColon, span.Close + 1);
    }

    /// <summary>Adverbs that may stand between a clause's opening comma and its verb of saying (，并强调“…”, ，有时还会提醒他们：“…”).</summary>
    private static readonly WordIndex SharedSubjectLeads = HanText.Longest(
        "并", "还", "也", "又", "同时", "并且", "再次", "特别", "有时", "会", "总", "总是", "常常", "经常", "时常", "不时", "不忘", "反复");

    /// <summary>Whether nothing but those adverbs stands between <paramref name="start"/> and <paramref name="end"/>.</summary>
    private static bool OnlyLeads(string body, int start, int end)
    {
        while (start < end && HanText.WordAt(body, start, SharedSubjectLeads) is { } lead && start + lead.Length <= end)
        {
            start += lead.Length;
        }
        return start == end;
    }

    /// <summary>
    /// A verb of saying that opens its clause right before the quotation (王某局长提出…工作思路，强调“…”): the clause has no
    /// subject of its own and shares the sentence's, the person who opens the sentence or its first clause.
    /// </summary>
    public static AttributedQuote? SharedSubject(string body, QuoteSpan span, List<EntityMention> people)
    {
        var end = span.ColonBefore(body) is >= 0 and var colon ? colon : span.Open;
        if (end > 0 && body[end - 1] is '，' or ',')
        {
            end--;
        }
        // Before punctuation the verb may have its hearer after it (，有时还会提醒他们：“…”).
        var direct = SpeechVerbs.EndingAt(body, end);
        var told = direct is null && end < span.Open ? SpeechVerbs.ToHearerEndingAt(body, end) : null;
        if ((direct ?? told?.Verb) is not { } verb)
        {
            return null;
        }
        var verbStart = (direct is null ? told!.Value.End : end) - verb.Length;
        var clauseStart = SpeakerReader.ClauseStart(body, verbStart);
        // A gesture toward the hearer may stand before the verb too (，握着村民某某的手说：“…”), and how it is said (，大声问道：).
        if (clauseStart == 0 || !OnlyLeads(body, clauseStart, SpeechVerbs.SpeakerEnd(body, clauseStart, HearerGestures.SpeakerEnd(body, clauseStart, verbStart))))
        {
            return null;
        }
        var sentenceStart = QuoteAttributor.SentenceStart(body, clauseStart);
        var firstBreak = body.IndexOfAny(ClauseBreaks, sentenceStart, clauseStart - sentenceStart);
        var person = OpeningSubject(body, sentenceStart, clauseStart - 1, people) ?? (firstBreak >= 0 ? OpeningSubject(body, firstBreak + 1, clauseStart - 1, people) : null);
        if (person is null && people.All(p => p.CharStart < sentenceStart || p.CharStart >= clauseStart)
            && CountedStrangers.LengthAt(body, sentenceStart) is > 0 and var counted && sentenceStart + counted < clauseStart)
        {
            // Someone brought in by a count opens the sentence and no one is named in it (一位游客路过看到这一幕，不由感慨道：“…”).
            return new AttributedQuote(span, body.Substring(sentenceStart, counted), null, verb, EntityRules.QuoteSharedSubject, span.Close + 1);
        }
        return person is null ? null : new AttributedQuote(span, person.Name, person, verb, EntityRules.QuoteSharedSubject, span.Close + 1);
    }

    /// <summary>
    /// The first person in the clause from <paramref name="start"/>, when only the letters of a body's name or a post come
    /// before it (魏都区委书记|刘某某) and it is the clause's subject.
    /// </summary>
    private static EntityMention? OpeningSubject(string body, int start, int end, List<EntityMention> people)
    {
        var person = people.FirstOrDefault(p => p.CharStart >= start && p.CharEnd < end);
        if (person is null || person.CharStart - start > MaxSubjectClause || !PersonInFocus.IsSubject(body, person.CharStart, person.CharEnd))
        {
            return null;
        }
        for (var at = start; at < person.CharStart; at++)
        {
            if (!HanText.IsHan(body[at]))
            {
                return null;
            }
        }
        return person;
    }

    /// <summary>The person that opens the sentence from <paramref name="start"/>: one already found there, or a name followed by a predicate.</summary>
    private static EntityMention? SentenceSubject(string body, int start, int end, List<EntityMention> people)
    {
        if (people.FirstOrDefault(p => p.CharStart == start && p.CharEnd <= end) is { } found)
        {
            return found;
        }
        var length = PersonNameReader.NameLengthAt(body, start);
        if (length < 2 || start + length >= end || !PersonNameReader.StartsPredicate(body, start + length))
        {
            return null;
        }
        var name = body.Substring(start, length);
        var mention = new EntityMention(MentionKind.Person, name, name, null, null, start, start + length, EntityRules.SpeakerName);
        people.Add(mention);
        return mention;
    }

    /// <summary>
    /// A person described before the name, the description and name making the sentence's first clause, or the one after a
    /// leading phrase (陪同记者采访的某局副局长某某，看到…，立即…。): the subject the clauses after it go on about.
    /// </summary>
    private static bool DescribedSubject(string body, int sentenceStart, int firstBreak, EntityMention person)
    {
        if (person.CharStart <= sentenceStart || body[person.CharStart - 1] != '的' || person.CharEnd >= body.Length || body[person.CharEnd] is not ('，' or ','))
        {
            return false;
        }
        var clauseStart = SpeakerReader.ClauseStart(body, person.CharStart);
        return clauseStart == sentenceStart || (firstBreak >= 0 && clauseStart == firstBreak + 1);
    }

    /// <summary>
    /// A quotation that opens a sentence inside a paragraph, right after a sentence whose subject is a person
    /// (根据游客的需求，陈立峰负责定制线路。“从导游到设计师，…”): the sentence before introduces the words as that person's.
    /// The subject opens the sentence or its first clause after a leading phrase, or is that first clause with its description
    /// (<see cref="DescribedSubject"/>), and owns nothing (陈立峰的电脑中… is no subject).
    /// </summary>
    public static AttributedQuote? PreviousSubject(string body, QuoteSpan span, List<EntityMention> people)
    {
        if (span.Open < 2 || !HanText.IsSentenceEnd(body[span.Open - 1]) || body[span.Open - 1] == '\n')
        {
            return null;
        }
        var sentenceStart = QuoteAttributor.SentenceStart(body, span.Open - 1);
        var firstBreak = body.IndexOfAny(ClauseBreaks, sentenceStart, span.Open - 1 - sentenceStart);
        foreach (var p in people)
        {
            var opens = p.CharStart == sentenceStart || (firstBreak >= 0 && p.CharStart == firstBreak + 1) || DescribedSubject(body, sentenceStart, firstBreak, p);
            if (opens && p.CharEnd < span.Open && PersonInFocus.IsSubject(body, p.CharStart, p.CharEnd))
            {
                return new AttributedQuote(span, p.Name, p, null, EntityRules.QuotePreviousSubject, span.Close + 1);
            }
        }
        return null;
    }

    private static readonly char[] ClauseBreaks = ['，', ','];

    /// <summary>
    /// A first-person quotation (我, 咱) that nothing around attributes is the words of the person the passage is about
    /// (这曾让秦经刚犯了难。“2008年我们特意…”), named in the paragraphs just before.
    /// </summary>
    public static AttributedQuote? InFocus(string body, QuoteSpan span, List<EntityMention> people)
    {
        var text = body.AsSpan(span.TextStart, span.Close - span.TextStart);
        if (text.IndexOfAny('我', '咱') < 0 || PersonInFocus.At(body, span.Open, people, Math.Min(FocusReach, span.Open - SectionStart(body, span.Open))) is not { } referent)
        {
            return null;
        }
        return new AttributedQuote(span, referent.Speaker, referent.Person, null, EntityRules.QuoteInFocus, span.Close + 1);
    }

    /// <summary>
    /// A post or a kind of person opening the clause before a predicate (公司经理|表现十分强势, 村民代表|态度坚决): the run up
    /// to the last post or descriptor in its first letters, so long as it is a short run of Han letters with no function
    /// word and owns nothing.
    /// </summary>
    private static string? RoleAt(string body, int clauseStart, int end)
    {
        string? role = null;
        for (var at = clauseStart + 2; at <= Math.Min(end - 1, clauseStart + MaxRole); at++)
        {
            if (!HanText.IsHan(body[at - 1]) || NotInRole.Contains(body[at - 1]))
            {
                break;
            }
            if ((TitleLexicon.TitleEndsAt(body, at) || PersonDescriptors.EndingAt(body, at) > 0) && HanText.IsHan(body[at]) && body[at] is not '的' and not '之')
            {
                role = body[clauseStart..at];
            }
        }
        return role;
    }

    private const int MaxRole = 8;
    /// <summary>A post that opens a clause is one person's: a conjunction in the run joins two.</summary>
    private static readonly CharSet NotInRole = new(SpeakerReader.NotInRoleLetters + "和与及");

    /// <summary>
    /// A short clause before a comma that opens with its subject and has no verb of saying (老游努努嘴，“…”;
    /// 阿依谢姆古丽急匆匆往村部走去，“…”): the subject speaks; a body opening it (社区党委痛下决心，“…”, named or only of a kind) gives its decision, and
    /// a kind of person opening it (村民们却有些顾虑，“…”) speaks as printed.
    /// </summary>
    public static AttributedQuote? Comma(string body, QuoteSpan span, List<EntityMention> people, List<EntityMention> organisations)
    {
        if (span.Open == 0 || body[span.Open - 1] is not ('，' or ','))
        {
            return null;
        }
        var clauseStart = SpeakerReader.ClauseStart(body, span.Open - 1);
        if (MovedPerson(body, clauseStart, span.Open - 1, people) is { } moved)
        {
            return new AttributedQuote(span, moved.Name, moved, null, EntityRules.QuoteCommaSubject, span.Close + 1);
        }
        if (span.Open - 1 - clauseStart > MaxSubjectClause)
        {
            // A longer clause still speaks through a subject that opens it after its post (某区环卫工人赵某每天凌晨四点上岗，“…”).
            return span.Open - 1 - clauseStart <= MaxOpenedClause && OpeningSubject(body, clauseStart, span.Open - 1, people) is { } subject && subject.CharStart > clauseStart
                ? new AttributedQuote(span, subject.Name, subject, null, EntityRules.QuoteCommaSubject, span.Close + 1) : null;
        }
        // A conjunction may open the clause before its subject (但他总觉得…，“…”; 可老张心里清楚，“…”).
        if (HanText.WordAt(body, clauseStart, LeadingConjunctions) is { } conjunction
            && (SpeakerReader.IsPronounAt(body, clauseStart + conjunction.Length) || people.Any(p => p.CharStart == clauseStart + conjunction.Length)))
        {
            clauseStart += conjunction.Length;
        }
        if (people.FirstOrDefault(p => p.CharStart == clauseStart) is { } person)
        {
            return new AttributedQuote(span, person.Name, person, null, EntityRules.QuoteCommaSubject, span.Close + 1);
        }
        var referent = SpeakerReader.IsPronounAt(body, clauseStart) ? SpeakerReader.Pronoun(body, clauseStart, people)
            : AddressForms.LengthAt(body, clauseStart) is > 0 and var length ? (body.Substring(clauseStart, length), null)
            : organisations.FirstOrDefault(o => o.CharStart == clauseStart && o.CharEnd < span.Open - 1 && HanText.IsHan(body[o.CharEnd]) && body[o.CharEnd] != '的') is { } organisation ? (organisation.Name, null)
            : OrganisationSuffixes.KindBodyLengthAt(body, clauseStart) is > 0 and var kindBody && clauseStart + kindBody < span.Open - 1 && body[clauseStart + kindBody] != '的'
                ? (body.Substring(clauseStart, kindBody), null)
            : DescribedSubject(body, clauseStart, span.Open - 1) is { } described ? (described, null)
            : null;
        return referent is { } r ? new AttributedQuote(span, r.Speaker, r.Person, null, EntityRules.QuoteCommaSubject, span.Close + 1) : null;
    }

    private const int MaxFeeling = 6;
    private static readonly System.Buffers.SearchValues<char> Causatives = System.Buffers.SearchValues.Create("让令使");

    /// <summary>
    /// A person whom the clause moves to a feeling, right before the comma (…的画让来访的主任某某很是惊讶，“…”; …令老李十分感动，“…”):
    /// whatever opens the clause, the one moved is who speaks next. The person comes after 让, 令 or 使 and only a short
    /// run of Han letters, the feeling, follows the name.
    /// </summary>
    private static EntityMention? MovedPerson(string body, int clauseStart, int clauseEnd, List<EntityMention> people)
    {
        var person = people.LastOrDefault(p => p.CharStart >= clauseStart && p.CharEnd < clauseEnd);
        if (person is null || clauseEnd - person.CharEnd > MaxFeeling || !SpeakerReader.IsAllHan(body.AsSpan(person.CharEnd, clauseEnd - person.CharEnd)))
        {
            return null;
        }
        var causative = body.AsSpan(clauseStart, person.CharStart - clauseStart).LastIndexOfAny(Causatives);
        return causative >= 0 ? person : null;
    }

    /// <summary>
    /// A kind of person opening the clause as its subject (村民们却有些顾虑，“…”; 女儿临走前留了张字条，“…”): no one is named,
    /// the group or the relative speaks as printed; not the owner of what follows (村民的房子).
    /// </summary>
    private static string? DescribedSubject(string body, int clauseStart, int clauseEnd)
    {
        for (var length = 2; length <= MaxDescriptor && clauseStart + length < clauseEnd; length++)
        {
            if (PersonDescriptors.EndingAt(body, clauseStart + length) != length)
            {
                continue;
            }
            var end = AddressForms.EndAfterKind(body, body[clauseStart + length] == '们' ? clauseStart + length + 1 : clauseStart + length, clauseEnd);
            return end < clauseEnd && HanText.IsHan(body[end]) && body[end] != '的' ? body[clauseStart..end] : null;
        }
        return null;
    }

    private const int MaxDescriptor = 4;

    private static readonly WordIndex LeadingConjunctions = HanText.Longest("但", "但是", "可", "可是", "而", "不过", "然而", "于是");

    /// <summary>
    /// A quotation that opens the article and that nothing attributes (“可别小瞧了…”年关将至，…村党支部书记申学风心里暖意融融):
    /// the scene it opens introduces its speaker, the first person named in its paragraph.
    /// </summary>
    public static AttributedQuote? Lead(string body, QuoteSpan span, List<EntityMention> people)
    {
        if (span.Open != 0)
        {
            return null;
        }
        var paragraphEnd = body.IndexOf('\n', Math.Min(span.Close, body.Length - 1));
        paragraphEnd = paragraphEnd < 0 ? body.Length : paragraphEnd;
        var person = people.Where(p => p.CharStart > span.Close && p.CharEnd <= paragraphEnd).MinBy(p => p.CharStart);
        return person is null ? null : new AttributedQuote(span, person.Name, person, null, EntityRules.QuoteLead, span.Close + 1);
    }

    /// <summary>Where the section of <paramref name="index"/> starts: after the last subheading (a short paragraph with no sentence in it) before it.</summary>
    private static int SectionStart(string body, int index)
    {
        var lineEnd = body.LastIndexOf('\n', Math.Max(0, index - 1));
        while (lineEnd > 0 && index - lineEnd <= FocusReach)
        {
            var lineStart = body.LastIndexOf('\n', lineEnd - 1) + 1;
            var line = body.AsSpan(lineStart, lineEnd - lineStart);
            if (line.Length <= MaxSubheading && line.IndexOfAny("。！？”") < 0)
            {
                return lineEnd + 1;
            }
            lineEnd = lineStart - 1;
        }
        return 0;
    }
}
