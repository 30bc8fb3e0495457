/**
 * Other ways spreadsheets name the bundled code lists, by list and id (used only where meta has
 * that id). The meta's own id, name and English name always match too.
 */
import type { ListName } from './lookup.ts'

export const BUILTIN_NAMES: Partial<Record<ListName, Record<string, readonly string[]>>> = {
  chain: {
    lithium: ['锂电池', '锂离子电池', '新能源电池', '锂电新能源', '新能源锂电', 'lithium-ion battery', 'li-ion'],
    chemical: ['化工', '精细化工产业', '化工新材料', 'chemicals', 'chemical industry'],
    equipment: ['装备制造', '高端装备制造', '装备', '智能装备', 'equipment manufacturing'],
    it: ['信息技术', '电子信息', '新一代信息技术产业', 'information technology', 'ict'],
    materials: ['新型材料', 'advanced materials'],
  },
  enterpriseType: {
    specialized: ['专精特新中小企业', '专精特新小巨人', '小巨人', '专精特新"小巨人"企业', 'srdi', 'little giant'],
    champion: ['制造业单项冠军', '单项冠军企业', '单项冠军产品', 'single champion'],
    'high-tech': ['高企', '高新', '国家高新技术企业', '高新技术', 'hnte', 'high tech'],
    'above-scale': ['规上', '规模以上', '规模以上企业', '规模以上工业企业', '规上工业企业', 'above scale'],
  },
  talentType: {
    'high-level': ['高层次', '高层次人才', '高端人才', 'high level'],
    professional: ['专业技术', '专技人才', '专业技术人员', 'professional', 'professional and technical'],
    'high-skilled': ['高技能', '技能人才', 'high skilled'],
    'rural-skilled': ['乡土人才', '乡土技能', '农村实用人才', 'rural skilled'],
    other: ['其他人才', '其它', 'others'],
  },
  education: {
    doctor: ['博士研究生', '博士后', 'phd', 'doctorate', 'doctoral'],
    master: ['硕士研究生', '研究生', 'masters', 'master'],
    bachelor: ['大学本科', '学士', 'bachelors', 'bachelor', 'undergraduate'],
    college: ['大专', '大学专科', '高职', '专科(高职)', 'junior college', 'associate'],
    other: [
      '其它',
      '中专',
      '中职',
      '技校',
      '高中',
      '初中',
      '初中及以下',
      '高中及以下',
      '中专及以下',
      '高中/中专',
      '小学',
      '无',
    ],
  },
  platformKind: {
    'postdoc-workstation': ['博士后工作站', '博士后科研工作站', '博士后站'],
    'postdoc-base': ['博士后创新实践基地', '博士后基地', '博士后实践基地'],
    'key-lab': ['重点实验室', '实验室'],
    'engineering-center': ['工程技术研究中心', '工程研究中心', '工程中心'],
    'tech-center': ['企业技术中心', '技术中心'],
    'industrial-college': ['产业学院', '现代产业学院'],
    'technical-school': ['技工院校', '技工学校', '技师学院', '高级技工学校'],
    incubator: ['孵化器', '科技企业孵化器', '众创空间'],
    'skill-studio': ['技能大师工作室', '大师工作室'],
  },
  platformLevel: {
    national: ['国家级', '国家', '国家级平台'],
    provincial: ['省级', '省', '省级平台'],
    municipal: ['市级', '市', '市级平台'],
  },
}
