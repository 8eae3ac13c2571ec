using WeiduEtl.Parsing.Layout.Rules;

namespace WeiduEtl.Tests.Parsing.Text;

public sealed class PersonNamesTests
{
    [Theory]
    [InlineData("王远", true)]
    [InlineData("欧阳明月", true)]
    [InlineData("阿依古丽·买买提", true)]
    [InlineData("城管队员", false)]
    [InlineData("的确", false)]
    [InlineData("张", false)]
    public void IsPlausible_NameOrWord_Decides(string text, bool plausible)
    {
        Assert.Equal(plausible, PersonNames.IsPlausible(text));
    }

    [Theory]
    [InlineData("工作人员王小明", "王小明")]
    [InlineData("市民散步张三", "张三")]
    [InlineData("护水员在水库巡查闵嘉树", "闵嘉树")]
    public void TrailingName_NameGluedToCaption_IsFound(string text, string name)
    {
        Assert.Equal(name, PersonNames.TrailingName(text));
    }
}
