namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 第五十二、五十三颗卫星, 第三、四季度: the 第 of an ordinal reaches over the numerals listed after it with 、, which borrow
/// its measure word; 3个、5个 without 第 stay counts.
/// </summary>
internal static class OrdinalLists
{
    public static bool IsListedOrdinal(string body, FigureCandidate figure)
    {
        var at = figure.Start - 1;
        while (at > 0 && body[at] == '、')
        {
            var item = at - 1;
            while (item >= 0 && ChineseNumeral.IsNumberLetter(body[item]))
            {
                item--;
            }
            if (item == at - 1 || item < 0)
            {
                return false;
            }
            if (body[item] == '第')
            {
                return true;
            }
            at = item;
        }
        return false;
    }
}
