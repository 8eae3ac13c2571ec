using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// People, by the grammar that introduces them: organisation + title chain + name (魏都区东大街道办事处主任高广勇),
/// a reference back to an organisation (该社区党支部书记杨培然), a role followed by a list of names
/// (区领导何长成、李森、徐光), a name before its title (习近平总书记), a descriptor before a name (瓜农鲁小国),
/// a quoted epithet before a name (<see cref="EpithetNames"/>), and a name alone once it has been introduced (景海燕说).
/// </summary>
internal static class PersonFinder
{
    private static readonly CharSet NameLeads = new("着在是和与同对向把被让请由给从跟为当及、的");
    /// <summary>Last letters of villages, streets and towns that read like names in a list (王庄、李村、张集).</summary>
    private static readonly CharSet PlaceEndings = new("村庄集镇乡县区市路街屯寨湾");
    /// <summary>Words between an organisation and its title (康美包集团|全球|首席执行官, 北京师范大学|的|温静教授).</summary>
    private static readonly WordIndex Scopes = HanText.Longest("全球", "中国区", "亚太区", "驻华", "在华", "总部", "的", "有关");
    private static readonly System.Buffers.SearchValues<char> ClauseOpeners = System.Buffers.SearchValues.Create("，。！？；：、\n“”（");

    /// <summary>The first letter after the next clause break after <paramref name="i"/>, or the body's length.</summary>
    private static int NextClause(string body, int i)
    {
        // Marks in a row (”。张帅表示): the clause starts after the last of them.
        if (ClauseOpeners.Contains(body[i]))
        {
            return i + 1;
        }
        var next = i + 1 < body.Length ? body.AsSpan(i + 1).IndexOfAny(ClauseOpeners) : -1;
        return next < 0 ? body.Length : i + 2 + next;
    }
    /// <summary>Followers that a word as often has as a name (高质量|的, 王府井|和): they do not make a clause's subject.</summary>
    private static readonly CharSet WeakFollowers = new("的等和与及在是");
    /// <summary>After a two-letter subject, which must also recur and say something, only 的 and 等 make no clause (张帅|在冬训前期…).</summary>
    private static readonly CharSet TwoLetterWeakFollowers = new("的等");
    /// <summary>Letters that open a predicate after a subject (刘某某|因病去世, |总能找到, |最看重, |有着).</summary>
    private static readonly CharSet SubjectAdverbs = new("因最总曾便却才更用有给以把被从对向自也都就还又说");
    /// <summary>Words after a list of winners (陈子豪和杨思远|各摘一金, 王明、李强|分获): two names before them are a list already.</summary>
    private static readonly WordIndex ResultWords = HanText.Longest("各获", "各摘", "各得", "各夺", "分获", "分列", "分别获得", "分别夺得");
    private static readonly WordIndex ListLeads = HanText.Longest("包括", "其中有", "分别是", "例如");
    private static readonly WordIndex BareUnits = HanText.Longest("社区", "村", "街道", "居委会", "村委会");

    /// <remarks>A body that only a post after it names (<see cref="BodiesBeforePosts"/>) is added to <paramref name="organisations"/>.</remarks>
    public static List<EntityMention> Find(string body, List<EntityMention> organisations, IReadOnlyList<EntityMention> places)
    {
        var found = new List<EntityMention>();
        var starts = System.Buffers.ArrayPool<int>.Shared.Rent(body.Length);
        var count = PersonReadingStarts.Find(body, starts);
        for (int k = 0, from = 0; k < count; k++)
        {
            // Each reading is tried only where its first or last letter can stand; a reading read letters up to from.
            var i = starts[k];
            if (i < from)
            {
                continue;
            }
            var before = i > 0 ? body[i - 1] : '\0';
            var c = body[i];
            var next = (TitleLexicon.MayStartAt(body, i) ? TitleFirst(body, i, organisations, places, found) : null)
                ?? (Surnames.FirstLetters.Contains(c) && (!HanText.IsHan(before) || NameGate.Contains(before)) ? NameAt(body, i, organisations, found) : null)
                ?? (before == Native ? NativesFirst(body, i, found) : null)
                ?? (before == Of ? ResidentFirst(body, i, found) : null)
                ?? (PersonDescriptors.MayEndAt(body, i) || SuffixedDescriptors.MayEndAt(body, i) ? DescriptorFirst(body, i, found) : null)
                ?? (before == '”' ? EpithetFirst(body, i, organisations, found) : null)
                ?? i + 1;
            from = Math.Max(next, i + 1);
        }
        System.Buffers.ArrayPool<int>.Shared.Return(starts);
        AddDottedNames(body, found);
        ElectedNames.Add(body, organisations, found);
        PairedNames.Add(body, found);
        FamilyHeads.Add(body, places, organisations, found);
        ReporterNames.Add(body, organisations, found);
        AffiliatedNames.Add(body, organisations, found);
        AddSubjectNames(body, organisations, places, found);
        BareSpeakers.Add(body, organisations, places, found);
        DictionaryWordNames.Apply(body, found);
        AddKnownNames(body, found);
        AppositivePosts.Apply(body, found, organisations);
        return found;
    }

    /// <summary>
    /// A full name that opens clauses with a verb after it, twice or more in one article (刘某某因病去世。…，刘某某总能…),
    /// where no title or descriptor introduced it: obituaries, profiles and award lists name people that way. Once
    /// is not enough, since a three-letter word can look like a name (高质量 is 高 + 质量).
    /// </summary>
    private static void AddSubjectNames(string body, IReadOnlyList<EntityMention> organisations, IReadOnlyList<EntityMention> places, List<EntityMention> found)
    {
        List<(int Start, string Name)>? candidates = null;
        for (var i = 0; i < body.Length; i = NextClause(body, i))
        {
            if (!Surnames.IsSurname(body[i]) && !TibetanNames.FirstLetters.Contains(body[i]))
            {
                continue;
            }
            if (NameIsTitle.At(body, i, organisations, places) is { } post && !MentionSpans.AnyOverlapping(found, post.CharStart, post.CharEnd))
            {
                found.Add(post);
                continue;
            }
            var length = PersonNameReader.NameLengthAt(body, i);
            if (length is < 2 or > 4 || (length == 4 && TibetanNames.LengthAt(body, i) != 4) || PlaceEndings.Contains(body[i + length - 1]) || !HanText.IsHanAt(body, i + length) || (length == 3 ? WeakFollowers : TwoLetterWeakFollowers).Contains(body[i + length])
                || !(SubjectAdverbs.Contains(body[i + length]) || PersonNameReader.StartsPredicate(body, i + length))
                || Countries.At(body, i) is not null || MentionSpans.AnyOverlapping(found, i, i + length))
            {
                continue;
            }
            (candidates ??= []).Add((i, body.Substring(i, length)));
        }
        if (candidates is null)
        {
            return;
        }
        foreach (var (start, name) in candidates)
        {
            // A two-letter word opens clauses as often as a name does (方面, 文化): such a name must recur more often.
            // An age stated right after a full name of three letters (刘德明今年58岁; 今年 starts a predicate, so the name is
            // a candidate) says a person, so once is enough; two letters are as often a firm or a thing said to turn N (高铁今年10岁).
            if (name.Length == 3 && StatesAge(body, start + name.Length)
                || candidates.Count(c => c.Name == name) >= 2 && (name.Length == 3 || IsTwoLetterName(body, name, candidates)))
            {
                found.Add(new EntityMention(MentionKind.Person, name, name, null, null, start, start + name.Length, EntityRules.SubjectName));
            }
        }
    }

    private const string ThisYear = "今年";

    private const int MaxAgeDigits = 3;

    /// <summary>今年45岁, 今年八十二岁: this year's age, which only a person is said to be.</summary>
    private static bool StatesAge(string body, int at)
    {
        if (!body.AsSpan(at).StartsWith(ThisYear, StringComparison.Ordinal))
        {
            return false;
        }
        var digits = at + ThisYear.Length;
        var end = digits;
        while (end < body.Length && end - digits < MaxAgeDigits && Figures.ChineseNumeral.IsDigitOrTen(body[end]))
        {
            end++;
        }
        return end > digits && end < body.Length && body[end] == '岁';
    }

    private const int MinTwoLetterOccurrences = 4;

    /// <summary>A two-letter subject is a name when it recurs and once says something (张帅表示); 高铁 and 华帝 open clauses but say nothing.</summary>
    private static bool IsTwoLetterName(string body, string name, List<(int Start, string Name)> candidates) =>
        HanText.Occurrences(body, name) >= MinTwoLetterOccurrences && candidates.Exists(c => c.Name == name && SpeechVerbs.After(body, c.Start + name.Length) is not null);

    /// <summary>Dotted names no title introduced (阿卜都克尤木·肉孜家); a dotted name already read after a title stays as it is.</summary>
    private static void AddDottedNames(string body, List<EntityMention> found)
    {
        for (var dot = body.AsSpan().IndexOfAny(DottedNames.DotChars); dot >= 0;)
        {
            var person = DottedNames.At(body, dot);
            var next = person?.CharEnd ?? dot + 1;
            if (person is not null && !found.Exists(m => m.CharStart < person.CharEnd && person.CharStart < m.CharEnd && m.CharEnd > dot))
            {
                // A first part read as a Chinese name (村民|艾山江 of 艾山江·吐尔洪) is the start of the whole name: that
                // mention keeps its descriptor or title and takes the whole name.
                var part = found.FindIndex(m => m.CharEnd > person.CharStart && m.CharEnd <= dot);
                if (part < 0)
                {
                    found.Add(person);
                }
                else
                {
                    var m = found[part];
                    found[part] = m with { Text = body[m.CharStart..person.CharEnd], Name = person.Name, CharEnd = person.CharEnd };
                }
            }
            var rest = next < body.Length ? body.AsSpan(next).IndexOfAny(DottedNames.DotChars) : -1;
            dot = rest < 0 ? -1 : next + rest;
        }
    }

    /// <summary>A title chain then one or more names; returns where reading goes on, null when none starts here.</summary>
    private static int? TitleFirst(string body, int i, List<EntityMention> organisations, IReadOnlyList<EntityMention> places, List<EntityMention> found)
    {
        var chainEnd = TitleLexicon.ChainEnd(body, i);
        if (chainEnd == i || EndsDivision(body, i) || HanText.WordEndingAt(body, i + 1, AreaWords) is not null
            || (i > 0 && HanText.IsHan(body[i - 1]) && TitleLexicon.TitleAt(body, i - 1) > 0 && !EndsDivision(body, i - 1)))
        {
            return null;
        }
        var names = ReadNames(body, chainEnd, introduced: true);
        if (names.Count == 0)
        {
            return chainEnd;
        }
        CutAtNextBody(body, names, organisations);
        var titleStart = i;
        var (textStart, organisation, rule) = OrganisationBefore(body, i, chainEnd, organisations);
        if (rule == EntityRules.BodyBeforePost)
        {
            MentionSpans.InsertInOrder(organisations, new EntityMention(MentionKind.Organisation, organisation!, organisation!, null, null, textStart, textStart + organisation!.Length, EntityRules.BodyBeforePost));
            rule = EntityRules.TitleName;
        }
        else if (rule == EntityRules.SubUnitBeforePost)
        {
            MentionSpans.RemoveInside(organisations, textStart, i);
            MentionSpans.InsertInOrder(organisations, new EntityMention(MentionKind.Organisation, organisation!, organisation!, null, null, textStart, i, EntityRules.SubUnitBeforePost));
            rule = EntityRules.TitleName;
        }
        if (organisation is null && GrassrootsBeforePosts.Before(body, i, organisations, places) is { } grassroots)
        {
            (textStart, organisation) = (grassroots.Start, body[grassroots.Start..grassroots.End]);
        }
        if (organisation is null && HanText.WordEndingAt(body, i, BareUnits) is { } unit
            && (!HanText.IsHanAt(body, i - unit.Length - 1) || NameLeads.Contains(body[i - unit.Length - 1]) || body[i - unit.Length - 1] == According))
        {
            // 村党支部书记 after the village was named: the bare unit refers back to it, as 该社区 does (据社区书记某某介绍 too).
            titleStart = textStart = i - unit.Length;
            organisation = UnitNamedBefore(body, unit, textStart, organisations, places);
            rule = organisation is null ? rule : EntityRules.TitleNameReferenceBack;
        }
        if (organisation is null && HanText.WordEndingAt(body, i, LevelBodies) is { } level
            && (!HanText.IsHanAt(body, i - level.Length - 1) || NameLeads.Contains(body[i - level.Length - 1])))
        {
            // 县委书记某某, 市委副书记、市长某某, 市政府秘书长某某: the level's body of the division named last before it; a
            // government no division was named for is the body as printed, a committee's 市委 is then read with its post.
            textStart = i - level.Length;
            organisation = LevelBodyNamedBefore(body, level, textStart, organisations, places);
            if (organisation is null && level.EndsWith(Government, StringComparison.Ordinal))
            {
                organisation = level;
            }
            else
            {
                titleStart = textStart;
                if (organisation is null && body.AsSpan(textStart, chainEnd - textStart).EndsWith(DepartmentHead, StringComparison.Ordinal))
                {
                    // 市委常委、宣传部长某某: a post in one of the committee's departments, not the committee's own 书记, so
                    // the bare committee is the holder's body as printed, as a bare government is.
                    organisation = level;
                    MentionSpans.InsertInOrder(organisations, new EntityMention(MentionKind.Organisation, level, level, null, null, textStart, i, EntityRules.BodyBeforePost));
                }
            }
        }
        var title = body[titleStart..chainEnd];
        if ((organisation is null || Countries.At(organisation, 0)?.Length != organisation.Length) && LastPostOrganisation(body, titleStart, chainEnd, organisations) is { } nearest)
        {
            organisation = nearest;
        }
        for (var k = 0; k < names.Count; k++)
        {
            var (start, end) = names[k];
            var from = k == 0 ? textStart : start;
            found.Add(new EntityMention(
                MentionKind.Person, body[from..end], body[start..end], title, organisation, from, end, names.Count > 1 ? EntityRules.RoleList : rule));
        }
        return names[^1].End;
    }

    /// <summary>
    /// A list of posts and names (站长某某、某区民政局局长某某某): a listed "name" that opens the next body or place
    /// (某区|民政局) is where the next post begins, so the list ends before it and that post is read on its own.
    /// </summary>
    private static void CutAtNextBody(string body, List<(int Start, int End)> names, IReadOnlyList<EntityMention> organisations)
    {
        for (var k = 1; k < names.Count; k++)
        {
            var (start, end) = names[k];
            if (DivisionGazetteer.Shared.MatchAt(body, start) >= end - start || organisations.Any(o => o.CharStart == start && o.CharEnd > end))
            {
                names.RemoveRange(k, names.Count - k);
                return;
            }
        }
    }

    /// <summary>
    /// The body of the last post of a chain that names one of its own (中共中央政治局常委、全国政协主席 → 全国政协): the post
    /// printed next to the name is the one the person is introduced by, and its body is theirs. A country before the
    /// chain stays the organisation (泰国前副总理、泰中文化促进委员会主席): it holds every post after it.
    /// </summary>
    private static string? LastPostOrganisation(string body, int titleStart, int chainEnd, IReadOnlyList<EntityMention> organisations)
    {
        var join = body.AsSpan(titleStart, chainEnd - titleStart).LastIndexOfAny('、', '兼');
        if (join < 0)
        {
            return null;
        }
        var postStart = titleStart + join + 1;
        foreach (var o in organisations)
        {
            if (o.CharStart == postStart && o.CharEnd < chainEnd && TitleLexicon.TitleAt(body, o.CharEnd) == chainEnd - o.CharEnd)
            {
                return o.Name;
            }
        }
        return null;
    }

    /// <summary>
    /// The letters after which a name may be read where no title introduced it (<see cref="NameFirst"/>,
    /// <see cref="NameList"/>): after any other Han letter neither reads one, so the name is not read there.
    /// </summary>
    internal static readonly CharSet NameGate = CharSet.Union(NameLeads, PersonDescriptors.LastLetters, ListLeads.Lasts, new CharSet("有"));

    /// <summary>A name before its title, else a list of names; the name at <paramref name="i"/> is read once for both.</summary>
    private static int? NameAt(string body, int i, IReadOnlyList<EntityMention> organisations, List<EntityMention> found)
    {
        var length = PersonNameReader.NameLengthAt(body, i);
        return NameFirst(body, i, length, organisations, found) ?? NameList(body, i, length, found);
    }

    private const string Comrade = "同志";
    private const char According = '据';

    /// <summary>Kin words and words for the old that follow an elder's full name (某某某奶奶, 某某某老人).</summary>
    private static readonly WordIndex ElderKin = HanText.Longest("奶奶", "爷爷", "老人", "大爷", "大妈", "大娘", "老汉", "老伯", "婆婆", "阿婆", "阿公", "老太", "阿姨", "大姐", "大哥", "大叔", "大婶", "大伯");

    /// <summary>A name of <paramref name="length"/> letters right before a title (习近平总书记), where a name can start.</summary>
    private static int? NameFirst(string body, int i, int length, IReadOnlyList<EntityMention> organisations, List<EntityMention> found)
    {
        // After a descriptor a name may start too (藻类学家|张某某院士).
        if (i > 0 && HanText.IsHan(body[i - 1]) && !NameLeads.Contains(body[i - 1]) && (!PersonDescriptors.CanEndWith(body[i - 1]) || PersonDescriptors.EndingAt(body, i) == 0))
        {
            return null;
        }
        // A place's name before a post is the place's post (某家村|党支部书记), no person: names seldom end in a place ending.
        if (length > 0 && (Countries.At(body, i) is { } country && country.Length >= length || PlaceEndings.Contains(body[i + length - 1])))
        {
            return null;
        }
        var title = length > 0 ? TitleLexicon.TitleAt(body, i + length) : 0;
        if (title == 0 && length == 3 && body.AsSpan(i + length).StartsWith(Comrade, StringComparison.Ordinal))
        {
            // 某某某同志指示: 同志 after a full name is how the party press names a member, no post.
            found.Add(new EntityMention(MentionKind.Person, body.Substring(i, length), body.Substring(i, length), null, null, i, i + length, EntityRules.NameTitle));
            return i + length + Comrade.Length;
        }
        if (title == 0 && length == 3 && Surnames.IsSurname(body[i]) && HanText.WordAt(body, i + length, ElderKin) is not null)
        {
            // 某某某奶奶, 某某某大爷: a feature calls an elder by the full name and a kin word; a surname alone before one
            // (孙奶奶) is a form of address, which the name reader leaves.
            found.Add(new EntityMention(MentionKind.Person, body.Substring(i, length), body.Substring(i, length), null, null, i, i + length, EntityRules.NameTitle));
            return i + length;
        }
        if (title > 0 && TitleLexicon.IsOccupation(body.Substring(i + length, title)))
        {
            return null;
        }
        if (title == 0 || HanText.IsHanAt(body, i + length + title) && PersonNameReader.NameLengthAt(body, i + length + title) > 0 && !PersonNameReader.StartsPredicate(body, i + length + title))
        {
            return null;
        }
        var end = i + length + title;
        var organisation = MentionSpans.EndingAt(organisations, GapStart(body, i));
        found.Add(new EntityMention(MentionKind.Person, body[i..end], body[i..(i + length)], body[(i + length)..end], organisation?.Name, i, end, EntityRules.NameTitle));
        return end;
    }

    /// <remarks>A loop, not a lambda: a lambda over the body made a closure on every call, at most letters of a body.</remarks>
    private static bool AnyLongOrPlaceLike(string body, List<(int Start, int End)> names)
    {
        foreach (var (start, end) in names)
        {
            if (end - start > 3 || PlaceEndings.Contains(body[end - 1]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Three or more names joined by 、 with no role before them (获奖的有张伟、李娜、王强等), bounded by punctuation or
    /// a word that follows names: a list that long reads as names only when each item is one.
    /// </summary>
    private static int? NameList(string body, int i, int first, List<EntityMention> found)
    {
        const int MinNames = 3;
        // A list is read from its first name: after 、 it has begun already (记者甲、乙、丙 is a byline, not a list).
        if (i > 0 && ((HanText.IsHan(body[i - 1]) && !NameLeads.Contains(body[i - 1]) && body[i - 1] != '有' && HanText.WordEndingAt(body, i, ListLeads) is null)
            || body[i - 1] == '、'))
        {
            return null;
        }
        // A list goes on after its first name: most letters are passed here without reading a list.
        if (first == 0 || i + first >= body.Length || body[i + first] is not ('、' or '和'))
        {
            return null;
        }
        var names = ReadNames(body, i, introduced: false);
        var fullNames = names.All(n => n.End - n.Start == 3 && Surnames.IsSurname(body[n.Start]));
        var pairBeforePeople = names.Count == 2 && fullNames && PeopleAfterEtc(body, names[^1].End);
        // A few people counted after full names (给某某某、某某某|几位高龄老人|体检) make two a list.
        var counted = names.Count >= 2 && fullNames && PeopleCounts.FewAt(body, names[^1].End);
        if (names.Count == 0 || names.Count < (HanText.WordAt(body, names[^1].End, ResultWords) is null && !pairBeforePeople && !counted ? MinNames : 2) || AnyLongOrPlaceLike(body, names))
        {
            return null;
        }
        var end = names[^1].End;
        if (HanText.IsHanAt(body, end) && !counted && !PersonNameReader.StartsPredicate(body, end))
        {
            return null;
        }
        var title = counted ? PeopleCounts.PostAt(body, end) : PostAfterEtc(body, end);
        foreach (var (start, nameEnd) in names)
        {
            found.Add(new EntityMention(MentionKind.Person, body[start..nameEnd], body[start..nameEnd], title, null, start, nameEnd, EntityRules.NameList));
        }
        return end;
    }

    private const char Etc = '等';
    private const int MaxPeopleNoun = 16;

    /// <summary>
    /// Whether 等 at <paramref name="at"/> closes a list whose noun, before the clause ends, is one of people (某某某、某某某|等
    /// 祖籍某地的企业家, |等知名人士, |等人): two full names are a list then; 高质量、高标准|等方面 ends in no such noun.
    /// </summary>
    private static bool PeopleAfterEtc(string body, int at)
    {
        if (at >= body.Length || body[at] != Etc)
        {
            return false;
        }
        if (CountOfPeopleAfterEtc(body, at + 1))
        {
            return true;
        }
        for (var end = at + 2; end <= Math.Min(body.Length, at + 1 + MaxPeopleNoun) && HanText.IsHan(body[end - 1]); end++)
        {
            if (body[end - 1] == '人' && (end == at + 2 || body[end - 2] == '名' || body[end - 2] == '个')
                || body.AsSpan(end - 2, 2).SequenceEqual(Notables) || PersonDescriptors.EndingAt(body, end) > 0 || TitleLexicon.TitleEndsAt(body, end))
            {
                return true;
            }
        }
        return false;
    }

    private const string Notables = "人士";

    private static readonly CharSet CountNumerals = new("0123456789一二三四五六七八九十百两");
    private static readonly CharSet PeopleMeasures = new("位名人");
    private const int MaxCount = 5;

    /// <summary>
    /// A number that counts people right after 等 (某某某、某某某等|15位委员, 等|60多位名家, 等|16人): only people are
    /// counted by 位, 名 and 人, and the names before 等 are among them.
    /// </summary>
    private static bool CountOfPeopleAfterEtc(string body, int from)
    {
        var at = from;
        while (at < body.Length && at - from < MaxCount && CountNumerals.Contains(body[at]))
        {
            at++;
        }
        if (at == from)
        {
            return false;
        }
        if (at < body.Length && body[at] is '多' or '余')
        {
            at++;
        }
        return at < body.Length && PeopleMeasures.Contains(body[at]) && !(body[at] == '人' && HanText.IsHanAt(body, at + 1) && body[at + 1] is '次' or '员' or '口' or '民' or '家');
    }

    /// <summary>
    /// The post a list closes with after 等 (某某、某某、某某等代表|先后发言, …等委员|参加): each listed person holds it; none when
    /// the post goes on into a longer noun or a body (等代表团).
    /// </summary>
    private static string? PostAfterEtc(string body, int at)
    {
        var length = at < body.Length && body[at] == Etc ? Math.Max(TitleLexicon.TitleAt(body, at + 1), TitleLexicon.OccupationAt(body, at + 1)) : 0;
        if (length == 0)
        {
            return null;
        }
        var end = at + 1 + length;
        return !HanText.IsHanAt(body, end) || PersonNameReader.StartsPredicate(body, end) ? body.Substring(at + 1, length) : null;
    }

    /// <summary>A descriptor then a name (瓜农鲁小国): a person, the descriptor not a title.</summary>
    private static int? DescriptorFirst(string body, int i, List<EntityMention> found)
    {
        var inList = PersonDescriptors.EndingAt(body, i);
        var descriptor = inList > 0 ? inList : SuffixedDescriptors.EndingAt(body, i);
        var listOnly = descriptor == 0 ? SuffixedDescriptors.EndingBeforeListAt(body, i) : 0;
        if (inList > 0 && AgedFullName(body, i - inList, i) is var (agedStart, agedEnd))
        {
            found.Add(new EntityMention(MentionKind.Person, body[(i - inList)..agedEnd], body[agedStart..agedEnd], TradeTitles.Of(body, i - inList, i, false), null, i - inList, agedEnd, EntityRules.DescriptorName));
            return agedEnd;
        }
        if ((descriptor == 0 && listOnly == 0) || IntroducedNameLength(body, i) == 0)
        {
            return null;
        }
        var names = ReadNames(body, i, introduced: true);
        if (listOnly > 0)
        {
            if (names.Count < MinListWithoutPredicate || !IsListOfFullNames(body, names))
            {
                return null;
            }
            descriptor = listOnly;
        }
        if (names.Count > 1 && IsListOfFullNames(body, names))
        {
            // A noun of people that no list holds is the role each listed person has (侦查员甲、乙、丙: three investigators).
            var mentionStart = listOnly > 0 ? RoleStart(body, i - descriptor) : i - descriptor;
            var role = listOnly > 0 ? body[mentionStart..i] : null;
            found.Add(new EntityMention(MentionKind.Person, body[mentionStart..names[0].End], body[names[0].Start..names[0].End], role, null, mentionStart, names[0].End, EntityRules.DescriptorName));
            foreach (var (listed, listedEnd) in names.Skip(1))
            {
                found.Add(new EntityMention(MentionKind.Person, body[listed..listedEnd], body[listed..listedEnd], role, null, listed, listedEnd, EntityRules.DescriptorName));
            }
            return names[^1].End;
        }
        // A two-character name only before punctuation: after a descriptor a two-character word (群众关心, 业主代表) is far likelier.
        if (names.Count != 1 || (names[0].End - names[0].Start < 3 && HanText.IsHanAt(body, names[0].End) && HanText.WordAt(body, names[0].End, KinAfterName) is null
            && !TwoLetterNameBeforeVerb(body, names[0].Start, names[0].End)))
        {
            return null;
        }
        var (start, end) = names[0];
        // A dotted name is a person by its dot; the dotted-name reading keeps it apart from the word before it.
        // A three-letter Chinese name is read before any verb (中国棋手居文君|执白): no ordinary word after a descriptor is
        // a surname and two name letters.
        // It must recur in the article (居文君 is printed eight times, 彭帅|踏上 once).
        // After another descriptor (居民某某某|兴致勃勃…) the name must come back later on its own, opening a clause before
        // a predicate (…”某某某乐呵呵地…).
        // After an age (104岁老人某某某, 78岁的居民某某某|比画着) the name is a person's at one sight: only people are
        // described by their age, and the name need not recur where it ends its clause, opens a predicate or owns a home.
        var chineseName = end - start == 3 && Surnames.IsSurname(body[start]) && !PlaceEndings.Contains(body[end - 1])
            && (PersonDescriptors.NameOnlyEndingAt(body, i) ? body.AsSpan(end).IndexOf(body.AsSpan(start, 3), StringComparison.Ordinal) >= 0 : RecursAsSubject(body, start, end) || OpensVerb(body, end)
                || (AgedBefore(body, i - descriptor, i) && (!HanText.IsHanAt(body, end) || body[end] == Home || PersonNameReader.StartsPredicate(body, end) || IsHeldAction(body, end))));
        // A surname and one letter whose next letter opens a common adjective of manner (书法家某某|巧妙融合): when the three
        // letters are no name by the tests above, the two before the word are.
        if (!chineseName && end - start == 3 && Surnames.IsSurname(body[start]) && TwoLetterNameBeforeManner(body, start, start + 2))
        {
            end = start + 2;
            chineseName = true;
        }
        if ((HanText.IsHanAt(body, end) && !chineseName && !PersonNameReader.StartsPredicate(body, end) && !TwoLetterNameBeforeVerb(body, start, end)) || body.AsSpan(start, end - start).IndexOfAny(DottedNames.DotChars) >= 0)
        {
            return null;
        }
        found.Add(new EntityMention(MentionKind.Person, body[(i - descriptor)..end], body[start..end], TradeTitles.Of(body, i - descriptor, i, inList == 0), null, i - descriptor, end, EntityRules.DescriptorName));
        return end;
    }

    private const char Home = '家';

    /// <summary>Conjunctions after a kin word of one surname letter (8岁的孙子|和…): they end no name read at one sight.</summary>
    private static readonly CharSet Conjunctions = new("和与及同跟");

    /// <summary>
    /// A surname and two letters right after an age (家住某小区71岁的|某某某|赞不绝口): only people are described by their
    /// age, so the three letters are a name whatever follows, when neither the surname and the next
    /// letter nor the two given letters (|老师, |大爷) make a word of the dictionary, no kin word opens them (孙子|和), no
    /// conjunction ends them and the first letter is not doubled: a child's pet name (7岁的|安安|告诉…) is no surname.
    /// </summary>
    private static (int Start, int End)? AgedFullName(string body, int from, int i) =>
        body.AsSpan(from, i - from).SequenceEqual(AgeSuffix) && AgedBefore(body, from, i) ? FullNameAtSight(body, i) : null;

    private const char Of = '的';
    private const string HomeLead = "家住";
    private const int MaxHomePhrase = 20;

    /// <summary>
    /// A full name after the phrase of where the person lives (家住某某巷25号大院的|某某某|见到记者时说, 家住某社区的|某某某|说到):
    /// only people are introduced by their home, so the name is read at one sight, with the tests of a name after an age;
    /// a form of address there (家住某小区的|陈阿姨, |革女士) is no full name by them.
    /// </summary>
    private static int? ResidentFirst(string body, int i, List<EntityMention> found)
    {
        var from = Math.Max(0, i - 1 - MaxHomePhrase);
        var home = body.LastIndexOf(HomeLead, i - 1, i - 1 - from, StringComparison.Ordinal);
        if (home < 0 || !IsOneClause(body, home + HomeLead.Length, i - 1) || FullNameAtSight(body, i) is not var (start, end))
        {
            return null;
        }
        found.Add(new EntityMention(MentionKind.Person, body[start..end], body[start..end], null, null, start, end, EntityRules.DescriptorName));
        return end;
    }

    /// <summary>Whether the letters from <paramref name="start"/> to <paramref name="end"/> are Han letters or digits only: one phrase, no punctuation between.</summary>
    private static bool IsOneClause(string body, int start, int end)
    {
        for (var at = start; at < end; at++)
        {
            if (!HanText.IsHan(body[at]) && !char.IsAsciiLetterOrDigit(body[at]))
            {
                return false;
            }
        }
        return end > start;
    }

    /// <summary>
    /// A surname and two letters at <paramref name="i"/> that are a full name wherever an age or a home introduced them: neither the
    /// surname and the next letter nor the two given letters make a word of the dictionary, no kin word opens them, no
    /// conjunction ends them, the first letter is not doubled and 姓 does not follow the surname (田姓|老人 says whom a phrase
    /// is about).
    /// </summary>
    private static (int Start, int End)? FullNameAtSight(string body, int i)
    {
        const int Length = 3;
        if (!HanText.IsHanAt(body, i + Length - 1) || !Surnames.IsSurname(body[i]) || body[i] == body[i + 1]
            || PersonNameReader.NameLengthAt(body, i) == 0
            || PlaceEndings.Contains(body[i + Length - 1]) || CommonWords.Find(body.AsSpan(i, 2)) is not null || CommonWords.Find(body.AsSpan(i + 1, 2)) is not null
            || CommonWords.Find(body.AsSpan(i, Length)) is not null || PersonDescriptors.StartsAt(body, i) || Conjunctions.Contains(body[i + Length - 1])
            || body[i + 1] == Surnamed)
        {
            return null;
        }
        return (i, i + Length);
    }

    private const char Surnamed = '姓';

    private const string VerbTag = "v";
    private const int MinVerbAfterName = 200;

    /// <summary>
    /// Whether a common verb of the dictionary opens at <paramref name="at"/> (志愿者某某某|听到, 成员某某某|跟随), or a verb
    /// with 着 (|带着): after a descriptor, a surname and two letters before a verb are a subject, so a name.
    /// </summary>
    internal static bool OpensVerb(string body, int at)
    {
        if (!HanText.IsHanAt(body, at + 1))
        {
            return false;
        }
        // The two letters after the surname must be no common word (向|英雄|致敬 is no name).
        return CommonWords.Find(body.AsSpan(at - 2, 2)) is null
            && (CommonWords.Find(body.AsSpan(at, 2)) is { } word && word.Tag == VerbTag && word.Frequency >= MinVerbAfterName || IsHeldAction(body, at));
    }

    /// <summary>
    /// A surname and one letter, no word of the dictionary themselves, before a common verb of it (志愿者某某|听到, 村民某某|发现):
    /// after a descriptor, the subject of that verb, so a name; a two-letter word there (业主|代表, 群众|关心) is in the dictionary.
    /// </summary>
    private static bool TwoLetterNameBeforeVerb(string body, int start, int end) =>
        end - start == 2 && WordAfterTwoLetterName(body, start, end) is { Tag: VerbTag } verb && verb.Frequency >= MinVerbAfterName;

    /// <summary>Tags of adjectives and adverbial adjectives (巧妙, 认真): said of how the subject does what follows.</summary>
    private static readonly HashSet<string> MannerTags = new(StringComparer.Ordinal) { "a", "ad" };

    /// <summary>
    /// A surname and one letter, no word of the dictionary themselves, before a common adjective of manner (某某|巧妙融合, 某某|认真
    /// 核对): the subject of the predicate it opens. Not before a verb, where a three-letter name and a word after it are as
    /// likely (某某某|吸…): the reading there needs the tests above.
    /// </summary>
    private static bool TwoLetterNameBeforeManner(string body, int start, int end) =>
        WordAfterTwoLetterName(body, start, end) is { } word && MannerTags.Contains(word.Tag) && word.Frequency >= MinVerbAfterName;

    /// <summary>The dictionary's two-letter word after a surname and one letter that are no word themselves, or null.</summary>
    private static CommonWord? WordAfterTwoLetterName(string body, int start, int end) =>
        HanText.IsHanAt(body, end + 1) && CommonWords.Find(body.AsSpan(start, 2)) is null ? CommonWords.Find(body.AsSpan(end, 2)) : null;

    /// <summary>A verb of one or two letters with 着 after the name (某某某|比画着, 某某某|拄着): what the person is doing.</summary>
    private static bool IsHeldAction(string body, int end) =>
        HanText.IsHanAt(body, end) && (body.AsSpan(end + 1).StartsWith("着") || (HanText.IsHanAt(body, end + 1) && body.AsSpan(end + 2).StartsWith("着")));
    private const string AgeSuffix = "岁的";

    /// <summary>
    /// Whether an age stands before the descriptor at <paramref name="from"/>, with at most a few letters of description
    /// between (104岁|老人, 78岁的|居民, 70多岁的独居|老人), or the descriptor is the age itself (88岁的|某某某).
    /// </summary>
    private static bool AgedBefore(string body, int from, int to)
    {
        const int MaxBetween = 4;
        if (body.AsSpan(from, to - from).SequenceEqual(AgeSuffix))
        {
            return true;
        }
        for (var at = from; at >= 2 && from - at <= MaxBetween; at--)
        {
            var age = body[at - 1] == '的' ? at - 1 : at;
            if (age >= 2 && body[age - 1] == '岁')
            {
                var count = body[age - 2] is '多' or '余' ? age - 3 : age - 2;
                return count >= 0 && (char.IsAsciiDigit(body[count]) || Figures.ChineseNumeral.IsDigitOrTen(body[count]));
            }
            if (!HanText.IsHan(body[at - 1]))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Kin words printed after a name as a feature calls a grown-up (党员某某大姐): the two letters before one are a name.</summary>
    private static readonly WordIndex KinAfterName = HanText.Longest("大姐", "大哥", "大叔", "大婶", "大伯", "大爷", "大妈", "大娘", "阿姨");

    /// <summary>Whether the name at <paramref name="start"/> is printed again after <paramref name="end"/> opening a clause, before a predicate or punctuation.</summary>
    private static bool RecursAsSubject(string body, int start, int end)
    {
        var name = body[start..end];
        for (var at = body.IndexOf(name, end, StringComparison.Ordinal); at >= 0; at = body.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            var after = at + name.Length;
            if (!HanText.IsHanAt(body, at - 1) && (!HanText.IsHanAt(body, after) || PersonNameReader.StartsPredicate(body, after)))
            {
                return true;
            }
        }
        return false;
    }

    private const int MinListWithoutPredicate = 3;
    private const int MaxRoleLength = 4;
    /// <summary>Letters that end the words before a role (两名|侦查员, 派出的|评审员): particles, conjunctions and measure words.</summary>
    private static readonly CharSet BeforeRole = new("的了在和与及是为由把被让给对名位个批等");

    /// <summary>
    /// Where the role noun whose last two letters start at <paramref name="lastTwo"/> opens: back over Han letters to a
    /// particle, a measure word or punctuation, four letters at most (侦|查员, 评审|员).
    /// </summary>
    private static int RoleStart(string body, int lastTwo)
    {
        var start = lastTwo;
        while (start > 0 && lastTwo + 2 - start < MaxRoleLength && HanText.IsHan(body[start - 1]) && !BeforeRole.Contains(body[start - 1]))
        {
            start--;
        }
        return start;
    }

    /// <summary>
    /// Names listed after a descriptor (村民刘某某、王某某等, 志愿者陈某某和李某某): each of a surname and two letters, the
    /// list ending where the sentence goes on (等, a predicate, punctuation), which an ordinary run of words does not.
    /// </summary>
    private static bool IsListOfFullNames(string body, List<(int Start, int End)> names)
    {
        var full = 0;
        foreach (var (start, end) in names)
        {
            if (end - start is < 2 or > 3 || PlaceEndings.Contains(body[end - 1]))
            {
                return false;
            }
            full += end - start == 3 && Surnames.IsSurname(body[start]) ? 1 : 0;
        }
        // A long list may hold names of two letters or with a rarer surname (名宿某某某、某某某、某某某、麦某等): three full
        // names in it make it a list of names.
        if (full < (names.Count <= MinListWithoutPredicate ? names.Count : MinListWithoutPredicate))
        {
            return false;
        }
        // Three full names listed after a noun of people (by 、, 和 or 与) are a list whatever verb follows (侦查员甲、乙、丙|上前):
        // an ordinary run of words is not three surnames with two letters each, one after another.
        var after = names[^1].End;
        return names.Count >= MinListWithoutPredicate || !HanText.IsHanAt(body, after) || body[after] == '等' || PersonNameReader.StartsPredicate(body, after);
    }

    private const char Native = '人';
    private const int MaxPlaceBeforeNative = 8;

    /// <summary>
    /// People named by where they come from (嫌疑人为某州人王某某、李某、张某某; 湖南人刘某某说): a province, city, county or
    /// country with 人 is a descriptor, the names after it a list of people, or one full name where the sentence goes on.
    /// </summary>
    private static int? NativesFirst(string body, int i, List<EntityMention> found)
    {
        var native = i - 1;
        if (Countries.EndingAt(body, native) is null && !DivisionGazetteer.Shared.EndsAt(body, Math.Max(0, native - MaxPlaceBeforeNative), native))
        {
            return null;
        }
        var names = ReadNames(body, i, introduced: false);
        var end = names.Count > 0 ? names[^1].End : i;
        if (names.Count == 0 || names.Any(n => n.End - n.Start is < 2 or > 3 || PlaceEndings.Contains(body[n.End - 1]))
            || (names.Count == 1 && names[0].End - names[0].Start < 3)
            || (HanText.IsHanAt(body, end) && body[end] != '等' && !PersonNameReader.StartsPredicate(body, end)))
        {
            return null;
        }
        foreach (var (start, nameEnd) in names)
        {
            found.Add(new EntityMention(MentionKind.Person, body[start..nameEnd], body[start..nameEnd], null, null, start, nameEnd, EntityRules.DescriptorName));
        }
        return end;
    }

    private static int? EpithetFirst(string body, int i, IReadOnlyList<EntityMention> organisations, List<EntityMention> found)
    {
        if (EpithetNames.At(body, i, organisations) is not { } person)
        {
            return null;
        }
        found.Add(person);
        return person.CharEnd;
    }

    private static (int TextStart, string? Organisation, string Rule) OrganisationBefore(string body, int titleStart, int chainEnd, IReadOnlyList<EntityMention> organisations)
    {
        var start = NameRun.StartBefore(body, titleStart, 20);
        if (start < titleStart && NameRun.IsReferenceBack(body, start) && OrganisationSuffixes.SuffixEndingAt(body, titleStart) is { } suffix)
        {
            var named = organisations.LastOrDefault(o => o.CharEnd <= start && o.Name.EndsWith(suffix, StringComparison.Ordinal) && !InsideQuotation(body, o.CharStart));
            return (start, named?.Name, EntityRules.TitleNameReferenceBack);
        }
        var orgStart = OrganisationFinder.Start(body, titleStart);
        if (orgStart < 0 && MentionSpans.EndingAt(organisations, GapStart(body, titleStart)) is { } apart)
        {
            // 中国男足国家队（归化）球员, 康美包集团全球首席执行官: a note or a scope between the body and its title.
            return (apart.CharStart, apart.Name, EntityRules.TitleName);
        }
        if (orgStart < 0 && SharesEnding(body, titleStart) is { } shared)
        {
            // 内政部长, 民政局长: the title's first letter also ends the body's name (土耳其内政部|部长).
            return (shared, body[shared..(titleStart + 1)], EntityRules.TitleName);
        }
        if (SubUnitsBeforePosts.ParentBefore(body, orgStart, titleStart, organisations) is { } parent)
        {
            return (parent.CharStart, body[parent.CharStart..titleStart], EntityRules.SubUnitBeforePost);
        }
        if (orgStart < 0 && start < titleStart && DivisionGazetteer.Shared.MatchAt(body, start) == titleStart - start)
        {
            orgStart = start;
        }
        if (orgStart < 0 && DivisionEndingAt(body, titleStart) is { } division)
        {
            // 告诉杭州市|副市长某某: the division right before the post, wherever the run of words before it began.
            orgStart = division;
        }
        if (orgStart < 0 && Countries.EndingAt(body, titleStart) is { } country)
        {
            orgStart = titleStart - country.Length;
        }
        if (orgStart < 0 && PublicationTitles.StartEndingAt(body, titleStart) is { } publication)
        {
            orgStart = publication;
        }
        if (orgStart < 0 && BodiesBeforePosts.Before(body, start, titleStart, chainEnd, organisations) is { } unnamed)
        {
            return (unnamed.Start, body[unnamed.Start..unnamed.End], EntityRules.BodyBeforePost);
        }
        return orgStart < 0 ? (titleStart, null, EntityRules.TitleName) : (orgStart, body[orgStart..titleStart], EntityRules.TitleName);
    }

    /// <summary>Start of the longest division name ending right at <paramref name="end"/> (杭州市|副市长), or null.</summary>
    private static int? DivisionEndingAt(string body, int end)
    {
        for (var at = Math.Max(0, end - MaxDivision); at < end - 1; at++)
        {
            if (DivisionGazetteer.Shared.MatchAt(body, at) == end - at)
            {
                return at;
            }
        }
        return null;
    }

    private const int MaxDivision = 8;

    /// <summary>Start of the body whose one-letter ending is the title's first letter (内政部|长 → 土耳其内政部), or null.</summary>
    private static int? SharesEnding(string body, int titleStart)
    {
        // Only a head's post shares the letter (部|长, 司|长): 司机 and 院士 are no heads of a 司 or a 院 (高铁|司机, 公交车|司机).
        if (titleStart == 0 || !SharedEndings.Contains(body[titleStart]) || !HanText.IsHan(body[titleStart - 1]) || titleStart + 1 >= body.Length || body[titleStart + 1] != Head)
        {
            return null;
        }
        var start = OrganisationFinder.Start(body, titleStart + 1);
        return start >= 0 && start < titleStart - 1 ? start : null;
    }

    /// <summary>One-letter institution endings that also open a title (部长, 局长, 厅长, 司长, 处长, 院长, 所长, 校长).</summary>
    private static readonly CharSet SharedEndings = new("部局厅司处院所校");
    private const char Head = '长';

    /// <summary>
    /// The last village, community or street named before <paramref name="before"/> whose name ends with the bare
    /// <paramref name="unit"/>, without the divisions it is prefixed with (剑川县桑岭村 → 桑岭村); null when none is.
    /// </summary>
    private static string? UnitNamedBefore(string body, string unit, int before, IReadOnlyList<EntityMention> organisations, IReadOnlyList<EntityMention> places)
    {
        EntityMention? last = null;
        foreach (var list in (ReadOnlySpan<IReadOnlyList<EntityMention>>)[organisations, places])
        {
            foreach (var m in list)
            {
                if (m.CharEnd <= before && m.Name.Length > unit.Length && m.Name.EndsWith(unit, StringComparison.Ordinal) && (last is null || m.CharEnd > last.CharEnd))
                {
                    last = m;
                }
            }
        }
        if (last is null)
        {
            return null;
        }
        var start = last.CharStart;
        for (var length = DivisionGazetteer.Shared.MatchAt(body, start); length > 0 && last.CharEnd - start - length > unit.Length; length = DivisionGazetteer.Shared.MatchAt(body, start))
        {
            start += length;
        }
        return body[start..last.CharEnd];
    }

    /// <summary>A level's party committee or government printed bare before a post (县委|书记, 市政府|秘书长).</summary>
    private static readonly WordIndex LevelBodies = HanText.Longest("省委", "市委", "州委", "县委", "区委", "旗委", "省政府", "市政府", "州政府", "县政府", "区政府", "旗政府");

    private const string Government = "政府";

    /// <summary>The head of a party committee's department (宣传部长, 统战部部长), the last post of a chain.</summary>
    private const string DepartmentHead = "部长";

    /// <summary>
    /// The body a bare level body before a post refers to: the last body of that name (遂宁市委 → 市委), else the last
    /// division of that level named before with the body's ending (古浪县 → 古浪县委), else none: a paper's own city
    /// is often never named in its reports (市委书记某某 on a city daily).
    /// </summary>

    private static string? LevelBodyNamedBefore(string body, string level, int before, IReadOnlyList<EntityMention> organisations, IReadOnlyList<EntityMention> places)
    {
        var named = UnitNamedBefore(body, level, before, organisations, places);
        // A division printed inside another body's name (某市党政考察团) is the visitors', not the post's.
        var standing = places.Where(p => !MentionSpans.AnyOverlapping(organisations, p.CharStart, p.CharEnd)).ToList();
        var division = UnitNamedBefore(body, level[..1], before, [], standing);
        if (named is not null && (division is null || body.LastIndexOf(named, before - 1, StringComparison.Ordinal) >= body.LastIndexOf(division, before - 1, StringComparison.Ordinal)))
        {
            return named;
        }
        return division is null ? null : division + level[1..];
    }

    /// <summary>Where the organisation before a title ends when a bracketed note or a scope word stands between them.</summary>
    private static int GapStart(string body, int titleStart)
    {
        if (titleStart > 0 && body[titleStart - 1] == '）')
        {
            var open = body.LastIndexOf('（', titleStart - 1, Math.Min(titleStart, 8));
            return open < 0 ? titleStart : open;
        }
        return titleStart - (HanText.WordEndingAt(body, titleStart, Scopes)?.Length ?? 0);
    }

    /// <summary>Whether <paramref name="at"/> is inside “…” in its paragraph: what a speaker says is no antecedent for 该社区.</summary>
    private static bool InsideQuotation(string body, int at)
    {
        var lineStart = body.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var open = 0;
        for (var k = lineStart; k < at; k++)
        {
            open += body[k] == '“' ? 1 : body[k] == '”' ? -1 : 0;
        }
        return open > 0;
    }

    /// <summary>
    /// Kinds of area whose 区 can stand before a place starting with 长 (经开区|长江路, 新区|长安街): 区长 there is no post.
    /// </summary>
    private static readonly WordIndex AreaWords = HanText.Longest("经开区", "开发区", "高新区", "新区", "园区", "城区", "景区", "社区", "小区",
        "片区", "辖区", "街区", "市区", "郊区", "山区", "矿区", "校区", "厂区", "保税区", "试验区", "示范区", "功能区");

    /// <summary>Whether the character at <paramref name="i"/> is the last of a division name (魏都区|领导, 许昌市|市长 is not).</summary>
    private static bool EndsDivision(string body, int i)
    {
        for (var start = Math.Max(0, i - 8); start < i; start++)
        {
            if (DivisionGazetteer.Shared.MatchAt(body, start) == i + 1 - start)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Names joined by 、 or 和 starting at <paramref name="index"/>; a two-character one must be followed by a word
    /// that follows names, since two characters after a title are as often an ordinary word. Where a title or a
    /// descriptor has <paramref name="introduced"/> the names, foreign names printed without a dot or with parts
    /// outside the transliteration tables are read too.
    /// </summary>
    internal static List<(int Start, int End)> ReadNames(string body, int index, bool introduced)
    {
        var names = new List<(int Start, int End)>();
        var pos = index;
        while (true)
        {
            var length = introduced ? IntroducedNameLength(body, pos) : PersonNameReader.NameLengthAt(body, pos);
            if (length == 0 && names.Count > 0)
            {
                length = PersonNameReader.NameLengthInListAt(body, pos);
            }
            if (length == 0 || (length < 3 && HanText.IsHanAt(body, pos + length) && !PersonNameReader.StartsPredicate(body, pos + length)))
            {
                break;
            }
            names.Add((pos, pos + length));
            pos += length;
            if (pos + 1 < body.Length && body[pos] is '、' or '和' or '与')
            {
                pos++;
                continue;
            }
            break;
        }
        return names;
    }

    /// <summary>
    /// The name a title or descriptor introduces: a dotted name (主席索安·洪森巴, whose first part alone reads as a
    /// Chinese name), else a Chinese name that a predicate follows, else a foreign name without a dot longer than the
    /// Chinese reading (员工艾哈迈德|非常).
    /// </summary>
    private static int IntroducedNameLength(string body, int pos)
    {
        // Transliteration letters end a dotted name where a word begins (杰克·史密斯|专程); a last part with other
        // letters (塔内希·马茂) is read by the dots.
        var transliterated = ForeignNames.LengthAt(body, pos);
        if (transliterated > 0 && (!HanText.IsHanAt(body, pos + transliterated) || PersonNameReader.StartsPredicate(body, pos + transliterated)))
        {
            return transliterated;
        }
        if (DottedNames.LengthFrom(body, pos) is > 0 and var dotted)
        {
            return dotted;
        }
        if (transliterated > 0)
        {
            return transliterated;
        }
        var chinese = PersonNameReader.NameLengthAt(body, pos);
        if (chinese > 0 && (!HanText.IsHanAt(body, pos + chinese) || PersonNameReader.StartsPredicate(body, pos + chinese)))
        {
            return chinese;
        }
        if (chinese == 3 && CommonWords.Find(body.AsSpan(pos, 2)) is null && CommonWords.Find(body.AsSpan(pos + 1, 2)) is null
            && TransliteratedTail(body, pos + chinese) is > 0 and var tail)
        {
            return chinese + tail;
        }
        var bare = ForeignNames.BareLengthAt(body, pos);
        // A foreign name of two letters before a verb or a post (总统哈迪|前往, 副总编辑莱法|表示); before another letter the
        // two open a longer name that a list reads whole (选手赵雪、于佳|琪).
        if (bare == 0 && chinese == 0 && ForeignNames.IsPairAt(body, pos) && PersonNameReader.StartsPredicate(body, pos + 2))
        {
            return 2;
        }
        return bare > chinese ? bare : chinese;
    }

    private const int MaxTail = 2;

    /// <summary>
    /// A foreign name that opens like a Chinese one (冯德莱|恩, 吴钦貌|纽 of Burmese names): one or two letters of the
    /// transliteration tables after a three-letter reading, then 说, a predicate of two letters or more, a post or the
    /// clause's end (one-letter followers such as 和 or 的 are as often a word's second letter); 0 when none.
    /// </summary>
    private static int TransliteratedTail(string body, int at)
    {
        for (var tail = 1; tail <= MaxTail && at + tail <= body.Length && ForeignNames.IsTransliterated(body.Substring(at, tail)); tail++)
        {
            var end = at + tail;
            if (!HanText.IsHanAt(body, end) || body[end] == Says || (HanText.WordAt(body, end, PersonNameReader.FollowerWords)?.Length ?? 0) >= 2 || TitleLexicon.TitleAt(body, end) > 0)
            {
                return tail;
            }
        }
        return 0;
    }

    private const char Says = '说';

    /// <summary>
    /// Every later occurrence of a name already found is another mention of that person (景海燕说), and so is a part of a
    /// dotted name printed alone (阿卜都克尤木·肉孜 → 阿卜都克尤木说), published with the full name.
    /// </summary>
    public static void AddKnownNames(string body, List<EntityMention> found)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < found.Count; k++)
        {
            var name = found[k].Name;
            if (name.Length < 2 || !names.Add(name))
            {
                continue;
            }
            AddOccurrences(body, found, name, name);
            if (name.AsSpan().IndexOfAny(DottedNames.DotChars) >= 0)
            {
                foreach (var part in DottedNames.Parts(name))
                {
                    AddOccurrences(body, found, part, name);
                }
            }
        }
    }

    private static void AddOccurrences(string body, List<EntityMention> found, string printed, string name)
    {
        for (var at = body.IndexOf(printed, StringComparison.Ordinal); at >= 0; at = body.IndexOf(printed, at + printed.Length, StringComparison.Ordinal))
        {
            var end = at + printed.Length;
            if (!MentionSpans.AnyOverlapping(found, at, end))
            {
                found.Add(new EntityMention(MentionKind.Person, printed, name, null, null, at, end, EntityRules.KnownName));
            }
        }
    }
}
