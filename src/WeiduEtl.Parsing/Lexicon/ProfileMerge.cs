using System.Collections.Frozen;
using WeiduEtl.Core.Profiles;

namespace WeiduEtl.Parsing.Lexicon;

/// <summary>The built-in lists with a profile's entries added, or in place of them for the lists it names in <c>replace</c>.</summary>
internal sealed class ProfileMerge
{
    public ProfileMerge(PressProfile builtIn, PressProfile? profile)
    {
        var replace = (profile?.Replace ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        BriefColumns = Merge("briefColumns", builtIn.BriefColumns, profile?.BriefColumns);
        PictureColumns = Merge("pictureColumns", builtIn.PictureColumns, profile?.PictureColumns);
        ColumnLabels = Merge("columnLabels", builtIn.ColumnLabels, profile?.ColumnLabels);
        GenreLabels = Merge("genreLabels", builtIn.GenreLabels, profile?.GenreLabels);
        BoxLabels = Merge("boxLabels", builtIn.BoxLabels, profile?.BoxLabels);
        Agencies = Merge("agencies", builtIn.Agencies, profile?.Agencies);
        HouseNames = Merge("houseNames", builtIn.HouseNames, profile?.HouseNames);
        SourceTags = Merge("sourceTags", builtIn.SourceTags, profile?.SourceTags);
        Furniture = Merge("furniture", builtIn.Furniture, profile?.Furniture);
        RoleWords = replace.Contains("roleWords") ? [.. profile!.RoleWords] : [.. profile?.RoleWords ?? [], .. builtIn.RoleWords];
        Layout = new PressLayoutTuning
        {
            DisplaySizeRatio = profile?.Layout?.DisplaySizeRatio ?? builtIn.Layout?.DisplaySizeRatio,
            SmallPrintRatio = profile?.Layout?.SmallPrintRatio ?? builtIn.Layout?.SmallPrintRatio,
            MaxHeadlineLength = profile?.Layout?.MaxHeadlineLength ?? builtIn.Layout?.MaxHeadlineLength,
            HeadlineSizeRatio = profile?.Layout?.HeadlineSizeRatio ?? builtIn.Layout?.HeadlineSizeRatio,
        };
        ProfileEntries = profile is null ? FrozenSet<string>.Empty : new[]
        {
            profile.BriefColumns, profile.PictureColumns, profile.ColumnLabels, profile.GenreLabels, profile.BoxLabels,
            profile.Agencies, profile.HouseNames, profile.SourceTags, profile.Furniture, [.. profile.RoleWords.Select(r => r.Word)],
        }.SelectMany(l => l).ToFrozenSet(StringComparer.Ordinal);

        List<string> Merge(string name, List<string> builtInList, List<string>? profileList) =>
            replace.Contains(name) ? [.. profileList ?? []] : [.. builtInList, .. profileList ?? []];
    }

    public List<string> BriefColumns { get; }
    public List<string> PictureColumns { get; }
    public List<string> ColumnLabels { get; }
    public List<string> GenreLabels { get; }
    public List<string> BoxLabels { get; }
    public List<string> Agencies { get; }
    public List<string> HouseNames { get; }
    public List<string> SourceTags { get; }
    public List<string> Furniture { get; }
    public List<PressRoleWord> RoleWords { get; }
    public PressLayoutTuning Layout { get; }
    public FrozenSet<string> ProfileEntries { get; }
}
