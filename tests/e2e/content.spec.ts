import { loadCatalog } from '../helpers/load-catalog.ts';
import { expect, test, visit } from './fixtures.ts';

const catalog = loadCatalog();
const LOCALES = [
  { locale: 'fr', prefix: '' },
  { locale: 'en', prefix: '/en' },
] as const;

const PAGES = LOCALES.flatMap(({ prefix }) => [
  `${prefix}/roles/`,
  ...catalog.roles.map((role) => `${prefix}/roles/${role.id}/`),
  `${prefix}/skills/`,
]);

test.describe('role and skill pages', () => {
  for (const path of PAGES) {
    test(`${path} is accessible and ships no script`, async ({ page }) => {
      await visit(page, path);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('script')).toHaveCount(0);
      await expect(page.locator('html')).toHaveAttribute(
        'lang',
        path.startsWith('/en/') ? 'en' : 'fr',
      );
    });
  }
});

test.describe('roles comparison', () => {
  for (const { locale, prefix } of LOCALES) {
    test(`${locale}: shows the three roles side by side and leads to each template`, async ({
      page,
    }) => {
      await visit(page, `${prefix}/roles/`);
      const cards = page.locator('.role-card');
      await expect(cards).toHaveCount(catalog.roles.length);
      for (const [index, role] of catalog.roles.entries()) {
        const card = cards.nth(index);
        await expect(card.getByRole('heading', { level: 3 })).toHaveText(role.title[locale]);
        await expect(card).toContainText(role.summary[locale]);
        await expect(card).toContainText(role.perimeter.decides[locale]);
      }
      const [first] = catalog.roles;
      await cards.first().locator('a.button').click();
      await expect(page).toHaveURL(new RegExp(`${prefix}/roles/${first?.id}/$`));
      await expect(page.locator('h1')).toHaveText(first?.title[locale] ?? '');
    });
  }

  test('cards sit side by side at 1280 px and stack at 390 px without sideways scrolling', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await visit(page, '/roles/');
    const tops = await page
      .locator('.role-card')
      .evaluateAll((cards) => cards.map((card) => Math.round(card.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);

    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ['/roles/', '/roles/expert/', '/en/skills/']) {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(390);
    }
  });
});

test.describe('role template page', () => {
  for (const { locale, prefix } of LOCALES) {
    for (const role of catalog.roles) {
      test(`${locale}: ${role.id} links to the builder preset with the role`, async ({ page }) => {
        await visit(page, `${prefix}/roles/${role.id}/`);
        const cta = page.getByRole('link', {
          name:
            locale === 'fr'
              ? 'Construire une fiche de poste à partir de ce modèle'
              : 'Build a job description from this template',
        });
        await expect(cta.first()).toHaveAttribute(
          'href',
          `${prefix}/job-description/?role=${role.id}`,
        );
        for (const mission of role.missions) {
          await expect(page.getByText(mission.label[locale], { exact: true })).toBeVisible();
        }
        for (const redLine of role.perimeter.redLines) {
          await expect(page.getByText(redLine[locale])).toBeVisible();
        }
      });
    }
  }

  test('the expert template offers its five specialities', async ({ page }) => {
    await visit(page, '/en/roles/expert/');
    const expert = catalog.roles.find((role) => role.id === 'expert');
    const headings = page.locator('.speciality > h3');
    await expect(headings).toHaveText(expert?.specialities.map((s) => s.label.en) ?? []);
  });

  test('every competency link on a role page lands on a described skill', async ({ page }) => {
    await visit(page, '/roles/manager/');
    const anchors = await page
      .locator('main a[href^="/skills/#"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')?.split('#')[1]));
    expect(anchors.length).toBeGreaterThan(10);
    await visit(page, '/skills/');
    for (const anchor of new Set(anchors)) {
      await expect(page.locator(`article#${anchor} ol li`)).toHaveCount(4);
    }
  });
});

test.describe('competency catalogue page', () => {
  for (const { locale, prefix } of LOCALES) {
    test(`${locale}: lists every skill with its four level descriptors`, async ({ page }) => {
      await visit(page, `${prefix}/skills/`);
      await expect(page.locator('article.skill')).toHaveCount(catalog.skills.length);
      for (const skill of catalog.skills) {
        const entry = page.locator(`article#${skill.id}`);
        await expect(entry.getByRole('heading', { level: 4 })).toHaveText(skill.label[locale]);
        await expect(entry.locator('ol li')).toHaveCount(4);
        await expect(entry.locator('ol li').nth(3)).toContainText(skill.levels[3]?.[locale] ?? '');
      }
    });
  }

  test('groups the catalogue by kind: soft skills, know-how, then tools', async ({ page }) => {
    await visit(page, '/en/skills/');
    await expect(page.locator('.skills-kind > h2')).toHaveText([
      'Soft skills and acting in situation',
      'Know-how',
      'Tools',
    ]);
    const tools = page.locator('#kind-tool article.skill');
    await expect(tools).toHaveCount(catalog.skills.filter((s) => s.kind === 'tool').length);
    await expect(page.locator('#kind-tool')).toContainText('Viadeo');
  });
});
