using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// The sentence after a quotation names whose words they were (“…”这是许多瓜农的实在回答。; “…”跨国公司负责人的心里话，
/// 正是…; “…”听到城管队员的话，…; “…”随着某主任的宣布，…; “…”“…”……某书记的一系列重要论述，…): the owner of the words — a
/// person, or people named by what they are or do — speaks.
/// An owner before a 对-phrase (瓜农对卖瓜的回答) is read before it; a form of address owns words too (“…”摊主老孙的一句诉求，…).
/// </summary>
internal static class WordsOwner
{
    private const int MaxModifier = 4;
    private const int MaxOwner = 8;
    private static readonly WordIndex Words = HanText.Longest(
        "话", "心里话", "真心话", "大实话", "实在话", "心声", "回答", "诉求", "提问", "发问", "肺腑之言", "感慨", "感言", "心愿", "评价", "口头禅", "叮嘱", "嘱咐", "承诺", "誓言",
        // What a leader or an official says in public (某主席的朴素话语, 随着某主任的宣布).
        "话语", "讲话", "宣布", "呼吁", "指示", "宣示", "表态", "致辞", "发言",
        // A leader's statements a commentary quotes in a run (“…”“…”……某书记的一系列重要论述，为…): 重要 widens the modifier's reach.
        "论述", "论断", "重要论述", "重要讲话", "重要指示", "重要论断");
    private static readonly WordIndex Groups = HanText.Longest("负责人", "发言人", "工作人员", "们", "群众", "百姓", "老百姓");

    public static AttributedQuote? After(string body, QuoteSpan span, int sentenceEnd, List<EntityMention> people)
    {
        var start = span.Close + 1;
        // An ellipsis closes a run of quotations before its owner (“…”“…”……某书记的一系列重要论述): the owner's clause follows it.
        if (start == sentenceEnd && start < body.Length && body[start] == '…')
        {
            while (start < body.Length && body[start] == '…')
            {
                start++;
            }
            sentenceEnd = QuoteAttributor.ReadingEnd(body, start);
        }
        if (start >= sentenceEnd)
        {
            return null;
        }
        if (VoiceStillHeard(body, start, sentenceEnd, people) is { } voice)
        {
            return new AttributedQuote(span, voice.Speaker, voice.Person, null, EntityRules.QuoteWordsOwner, span.Close + 1);
        }
        for (var of = body.IndexOf('的', start, Math.Max(0, sentenceEnd - start)); of > start; of = body.IndexOf('的', of + 1, Math.Max(0, sentenceEnd - of - 1)))
        {
            if (!WordsFollow(body, of + 1, sentenceEnd))
            {
                continue;
            }
            // Quoted terms inside the clause (对卖瓜“情有独钟”的回答) do not break it.
            var clauseStart = Math.Max(start, body.AsSpan(0, of).LastIndexOfAny(ClauseBreaks) + 1);
            var about = body.LastIndexOf('对', of - 1, of - clauseStart);
            foreach (var end in about > clauseStart ? [of, about] : new[] { of })
            {
                if (Owner(body, clauseStart, end, people) is { } owner)
                {
                    return new AttributedQuote(span, owner.Speaker, owner.Person, null, EntityRules.QuoteWordsOwner, span.Close + 1);
                }
            }
            return null;
        }
        return null;
    }

    /// <summary>
    /// The clause right after the quotation says whose voice has just stopped (“…”店主话音未落，…; “…”几位老人话音刚落，…):
    /// the one before 话音 spoke the words.
    /// </summary>
    private static (string Speaker, EntityMention? Person)? VoiceStillHeard(string body, int start, int sentenceEnd, List<EntityMention> people)
    {
        var clauseEnd = Math.Min(sentenceEnd, SpeakerReader.ClauseEnd(body, start));
        var voice = body.IndexOf(Voice, start, clauseEnd - start, StringComparison.Ordinal);
        return voice > start && voice + Voice.Length + 2 <= clauseEnd && HanText.WordAt(body, voice + Voice.Length, VoiceEnds) is not null
            ? Owner(body, start, voice, people)
            : null;
    }

    private const string Voice = "话音";
    private static readonly WordIndex VoiceEnds = HanText.Longest("未落", "刚落", "才落", "落下", "刚刚落下");

    /// <summary>Whether a noun for someone's words follows 的, after at most a short modifier (的实在回答, 的一番心里话).</summary>
    private static bool WordsFollow(string body, int index, int end)
    {
        for (var at = index; at < end && at - index <= MaxModifier && HanText.IsHan(body[at]) && body[at] != '的'; at++)
        {
            if (HanText.WordAt(body, at, Words) is { } word && (at + word.Length >= body.Length || !HanText.IsHan(body[at + word.Length]) || body[at + word.Length] is '正' or '是' or '让' or '使'))
            {
                return true;
            }
        }
        return false;
    }

    private static (string Speaker, EntityMention? Person)? Owner(string body, int clauseStart, int end, List<EntityMention> people)
    {
        if (people.FirstOrDefault(p => p.CharEnd == end && p.CharStart >= clauseStart) is { } person)
        {
            return (person.Name, person);
        }
        if (PersonDescriptors.EndingAt(body, end) == 0 && !TitleLexicon.TitleEndsAt(body, end) && HanText.WordEndingAt(body, end, Groups) is null
            && !AddressForms.EndsAt(body, clauseStart, end))
        {
            return null;
        }
        var ownerStart = end;
        while (ownerStart > clauseStart && end - ownerStart < MaxOwner && HanText.IsHan(body[ownerStart - 1]) && !NotInOwner.Contains(body[ownerStart - 1]))
        {
            ownerStart--;
        }
        if (HanText.WordAt(body, ownerStart, Counts) is { } count && end - ownerStart - count.Length >= 2)
        {
            ownerStart += count.Length;
        }
        return end - ownerStart >= 2 ? (body[ownerStart..end], null) : null;
    }

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create("，。！？；：\n,;:!?");
    private static readonly CharSet NotInOwner = new("的是了在和与对把被从向给让使这那到听看据");
    private static readonly WordIndex Counts = HanText.Longest("许多", "不少", "很多", "众多", "一些", "一位", "一名", "几位", "不少的");
}
