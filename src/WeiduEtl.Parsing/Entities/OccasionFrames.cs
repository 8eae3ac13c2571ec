namespace WeiduEtl.Parsing.Entities;

/// <summary>Frames of occasion between a speaker and the verb of saying, which <see cref="SpeakerReader"/> leaves out of the speaker.</summary>
internal static class OccasionFrames
{
    private static readonly WordIndex Ends = HanText.Longest("时", "中", "上", "期间", "之际");
    private const int MaxLength = 20;
    /// <summary>Verbs that open a frame of topic (某某|谈到写作的诀窍时|说, 某某|回忆起那段日子时|感慨).</summary>
    private static readonly WordIndex TopicOpeners = HanText.Longest("谈到", "谈起", "谈及", "说起", "说到", "提到", "提起", "提及", "回忆起", "聊起");

    /// <summary>
    /// Where a frame of occasion between the speaker and the verb starts (普京|在致辞中|说, 某学者|在接受本报记者采访时|说,
    /// 某某|接受采访时|表示, 某某|谈到写作时|说): the speaker ends before it, and no one the frame names (在与某某交谈时) speaks. The end of
    /// the speaker when no frame ends there.
    /// </summary>
    public static int Start(string body, int clauseStart, int speakerEnd)
    {
        if (HanText.WordEndingAt(body, speakerEnd, Ends) is null)
        {
            return speakerEnd;
        }
        var earliest = Math.Max(clauseStart + 1, speakerEnd - MaxLength);
        for (var at = speakerEnd - 2; at >= earliest; at--)
        {
            if (body[at] == '在' || (body[at] == '接' && body[at + 1] == '受') || (body[speakerEnd - 1] == '时' && HanText.WordAt(body, at, TopicOpeners) is not null))
            {
                return at;
            }
        }
        return speakerEnd;
    }
}
