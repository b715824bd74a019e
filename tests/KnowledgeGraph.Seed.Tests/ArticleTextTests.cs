namespace KnowledgeGraph.Seed.Tests;

public sealed class ArticleTextTests
{
    [Theory]
    [InlineData("11?2日起,市委书记汪泉率常州党政代表团", "11?2")]
    [InlineData("北自所常州基地一期总投?.38亿元", "?.38")]
    [InlineData("新增产?0-100亿元", "?0-100")]
    [InlineData("设计供热能力420?小时", "420?")]
    [InlineData("一期工程于2017?月开工建设", "2017?")]
    [InlineData("共同协商?019世界工业和能源互联网博览会", "?019")]
    [InlineData("总投？0亿元", "？0")]
    public void A_number_with_a_lost_digit_is_garbled(string text, string garbled)
    {
        var found = ArticleText.GarbledNumbers(text);

        found.Should().ContainSingle().Which.Value.Should().Be(garbled);
    }

    [Theory]
    [InlineData("总投资20亿元的常州万象城项目")]
    [InlineData("实现年利税2.1亿元")]
    [InlineData("为什么?因为")]
    [InlineData("")]
    public void Text_without_a_lost_digit_has_no_garbled_number(string text)
    {
        var found = ArticleText.GarbledNumbers(text);

        found.Should().BeEmpty();
    }

    [Theory]
    [InlineData("总投资近200亿元", "近200亿元")]
    [InlineData("总投资超30亿元", "超30亿元")]
    [InlineData("预计年产值约28亿元", "约28亿元")]
    [InlineData("投资逾5亿元", "逾5亿元")]
    [InlineData("投资30余亿元", "30余亿元")]
    [InlineData("将近800万元", "将近800万元")]
    [InlineData("超过1.5亿元", "超过1.5亿元")]
    public void An_amount_of_money_after_a_word_of_approximation_is_approximate(string text, string amount)
    {
        var found = ArticleText.ApproximateAmounts(text);

        found.Should().Equal(amount);
    }

    [Theory]
    [InlineData("总投资20亿元的常州万象城项目")]
    [InlineData("瑞智科技等超10家企业")]
    [InlineData("总建筑面积约8.8万平方米")]
    [InlineData("近30个园区项目")]
    public void A_stated_amount_or_an_approximate_count_is_no_approximate_amount(string text)
    {
        var found = ArticleText.ApproximateAmounts(text);

        found.Should().BeEmpty();
    }
}
