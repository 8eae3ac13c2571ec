namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// A story's head under a rule as wide as the story: papers rule off each story over the columns it takes, and set
/// its kicker and headline flush left under the rule, often narrower than those columns. Each display frame of the
/// head (the frames in display type between the rule and the story's first text or picture) is taken as wide as the
/// rule, so the reading order keeps the story's columns under it and an article runs on in all of them, when the
/// white beside the frame out to the rule's ends is empty. A heading with a rule right under it too is framed by its
/// rules, as a 小标题 may be, and is left as it is, unless it is set in headline type: a story's head may have a rule
/// under it too, over its text, and no 小标题 is set as large as a headline. A kicker in small type over the display
/// lines is the head's first line: without it, it would read as the last line of whatever text came before.
/// </summary>
internal static class RuledHeadSpan
{
    /// <summary>How far below the rule (in row gaps) the head's first line may start.</summary>
    private const double StartsUnderRowGaps = 2;

    /// <param name="headlineType">The display frames set in headline type, not only larger than the text.</param>
    /// <returns>The boxes, those of ruled heads widened; the frames that stand right under a rule; the kickers in small type over a ruled head.</returns>
    public static RuledHeads Widen(
        IReadOnlyList<Box> boxes, IReadOnlySet<int> display, IReadOnlySet<int> headlineType, IReadOnlyList<HorizontalRule> rules, double rowGap, double gutter)
    {
        var widened = boxes.ToList();
        var underRule = new HashSet<int>();
        var kickers = new HashSet<int>();
        foreach (var rule in rules)
        {
            var (kicker, head) = HeadUnder(rule);
            if (head.Count == 0)
            {
                continue;
            }
            if (RuleRightUnder(boxes[head[^1]]) && !head.Exists(headlineType.Contains))
            {
                // Ruled above and below, a heading is framed by its rules (a 小标题 set between two), not ruled off.
                continue;
            }
            if (kicker is { } k)
            {
                kickers.Add(k);
                head.Insert(0, k);
            }
            underRule.Add(head[0]);
            foreach (var h in head)
            {
                var box = boxes[h];
                if (rule.Width > box.Width + (3 * gutter) && NothingBeside(h, rule))
                {
                    // A rule runs on over the story's padding to the gutter; its text stops a gutter short of its ends.
                    widened[h] = new Box(Math.Min(box.X0, rule.X0 + gutter), box.Y0, Math.Max(box.X1, rule.X1 - gutter), box.Y1);
                }
            }
        }
        return new RuledHeads(widened, underRule, kickers);

        // The display frames stacked under the rule within its span, down to the first other frame, and the kicker in small type over them.
        (int? Kicker, List<int> Head) HeadUnder(HorizontalRule rule)
        {
            var under = Enumerable.Range(0, boxes.Count)
                .Where(i => Within(boxes[i], rule) && boxes[i].Y1 <= rule.Y)
                .OrderByDescending(i => boxes[i].Y1)
                .ToList();
            if (under.Count == 0 || rule.Y - boxes[under[0]].Y1 > StartsUnderRowGaps * rowGap || RuleBetween(rule, boxes[under[0]]))
            {
                return (null, []);
            }
            // A kicker may be set in type no larger than the text's: one such line may stand over the head.
            var first = !display.Contains(under[0]) && boxes[under[0]].Height <= rowGap && under.Count > 1 ? 1 : 0;
            var head = new List<int>();
            foreach (var i in under.Skip(first))
            {
                // A stack, each line under the one before: frames side by side under one rule are two stories' heads.
                if (!display.Contains(i) || (head.Count > 0 && !StandsUnder(boxes[i], boxes[head[^1]])))
                {
                    break;
                }
                head.Add(i);
            }
            return (first == 1 && head.Count > 0 && StandsUnder(boxes[head[0]], boxes[under[0]]) ? under[0] : null, head);
        }

        static bool StandsUnder(Box lower, Box upper) => lower.Y1 <= upper.Y0 && lower.HorizontalOverlap(upper) > 0;

        bool Within(Box box, HorizontalRule rule) => box.X0 >= rule.X0 - gutter && box.X1 <= rule.X1 + gutter;

        // Another rule nearer above the frame is the one that heads it.
        bool RuleBetween(HorizontalRule rule, Box box) =>
            rules.Any(other => other.Y < rule.Y && other.Y >= box.Y1 && other.HorizontalOverlap(box) > 0);

        bool RuleRightUnder(Box box) =>
            rules.Any(rule => rule.Y <= box.Y0 && box.Y0 - rule.Y <= rowGap && rule.HorizontalOverlap(box) > 0);

        bool NothingBeside(int h, HorizontalRule rule)
        {
            var box = boxes[h];
            for (var k = 0; k < boxes.Count; k++)
            {
                var other = boxes[k];
                if (k != h && other.VerticalOverlap(box) > 0 && other.X1 > rule.X0 && other.X0 < rule.X1 && other.HorizontalOverlap(box) <= 0)
                {
                    return false;
                }
            }
            return true;
        }
    }
}

/// <summary>
/// What <see cref="RuledHeadSpan"/> found: the reading boxes, the frames that stand right under a rule (a head's first),
/// and the kickers in small type that open a ruled head.
/// </summary>
internal sealed record RuledHeads(List<Box> Boxes, IReadOnlySet<int> UnderRule, IReadOnlySet<int> Kickers);
