using Spectra.Generators.Workflows.Expressions;

namespace Spectra.Generators.Tests.Expressions;

/// <summary>Finding every <c>${{ }}</c> in a string, as GitHub does: quotes protect <c>}}</c>, conditions may omit the braces.</summary>
public sealed class ExpressionTemplateTests
{
    [Fact]
    public void Every_expression_of_a_string_is_found_with_its_offset()
    {
        const string text = "nuget-${{ runner.os }}-${{ hashFiles('**/packages.lock.json') }}";

        var template = ExpressionTemplate.Parse(text, isCondition: false);

        Assert.Equal(["runner.os", "hashFiles('**/packages.lock.json')"], template.Expressions.Select(e => e.Parsed.Text));
        Assert.Equal(text.IndexOf("runner.os", StringComparison.Ordinal), template.Expressions[0].Offset);
        Assert.True(template.HasTextOutsideExpressions);
        Assert.False(template.IsSingleExpression);
        Assert.Equal(-1, template.UnterminatedAt);
    }

    [Fact]
    public void Closing_braces_inside_a_quoted_string_do_not_end_the_expression()
    {
        var template = ExpressionTemplate.Parse("${{ format('{{0}}', 'it''s }}') }}", isCondition: false);

        var expression = Assert.Single(template.Expressions);
        Assert.Equal("format('{{0}}', 'it''s }}')", expression.Parsed.Text);
        Assert.Null(expression.Parsed.Error);
        Assert.True(template.IsSingleExpression);
    }

    [Fact]
    public void A_string_without_expressions_has_none() =>
        Assert.Empty(ExpressionTemplate.Parse("dotnet test -c Release {0}", isCondition: false).Expressions);

    [Fact]
    public void A_condition_without_braces_is_one_expression() =>
        Assert.Equal("github.ref == 'refs/heads/main'", Assert.Single(ExpressionTemplate.Parse("  github.ref == 'refs/heads/main' ", isCondition: true).Expressions).Parsed.Text);

    [Theory]
    [InlineData("${{ a }} && b")]
    [InlineData("${{ a }} ")]
    [InlineData(" ${{ a }}")]
    [InlineData("${{ a }}${{ b }}")]
    public void Text_beside_the_expression_makes_a_template(string text) =>
        Assert.False(ExpressionTemplate.Parse(text, isCondition: true).IsSingleExpression);

    [Fact]
    public void Whitespace_inside_the_braces_is_not_text_outside() =>
        Assert.True(ExpressionTemplate.Parse("${{\n  always()\n}}", isCondition: true).IsSingleExpression);

    [Fact]
    public void An_unclosed_expression_is_reported_at_its_opening()
    {
        var template = ExpressionTemplate.Parse("echo ${{ github.sha }} ${{ github.ref", isCondition: false);

        Assert.Equal("github.sha", Assert.Single(template.Expressions).Parsed.Text);
        Assert.Equal(23, template.UnterminatedAt);
    }

    [Fact]
    public void A_quote_left_open_swallows_the_closing_braces() =>
        Assert.Equal(0, ExpressionTemplate.Parse("${{ 'oops }}", isCondition: false).UnterminatedAt);
}
