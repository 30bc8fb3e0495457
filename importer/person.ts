/**
 * Columns that identify a person. They are never copied to the output; in the talent file some
 * are read to derive a cell dimension (birth date → age band) or to spot a person listed twice
 * in one year (ID number), then forgotten. The report names these columns, never their values.
 */
import { headerKey } from './text.ts'

const PERSON_HEADERS = [
  // identity documents and numbers
  '身份证号',
  '身份证号码',
  '身份证',
  '证件号码',
  '证件号',
  '公民身份号码',
  '社保号',
  '社会保障号',
  '社会保障号码',
  '社保卡号',
  '银行卡号',
  '护照号',
  '护照号码',
  '工号',
  'idcard',
  'idnumber',
  'idno',
  'nationalid',
  'citizenid',
  'ssn',
  'passport',
  'passportnumber',
  'socialsecuritynumber',
  'employeeid',
  // names of people
  '姓名',
  '名字',
  '法定代表人',
  '法人代表',
  '法人',
  '联系人',
  '负责人',
  'personname',
  'fullname',
  'firstname',
  'lastname',
  'surname',
  'legalrepresentative',
  'contactperson',
  'contact',
  // phones, mail, messaging
  '手机',
  '手机号',
  '手机号码',
  '移动电话',
  '联系电话',
  '电话',
  '电话号码',
  '固定电话',
  '联系方式',
  '邮箱',
  '电子邮箱',
  '电子邮件',
  '邮件',
  '微信',
  '微信号',
  'qq',
  'qq号',
  'phone',
  'mobile',
  'tel',
  'telephone',
  'phonenumber',
  'mobilephone',
  'email',
  'e-mail',
  'mail',
  'wechat',
  // addresses, birth and other personal attributes
  '住址',
  '家庭住址',
  '现住址',
  '户籍地址',
  '户籍所在地',
  '家庭地址',
  '居住地址',
  '通讯地址',
  '联系地址',
  '出生日期',
  '出生年月',
  '出生年月日',
  '性别',
  '民族',
  '籍贯',
  '政治面貌',
  '婚姻状况',
  'address',
  'homeaddress',
  'birthdate',
  'dateofbirth',
  'dob',
  'birthday',
  'gender',
  'sex',
  'ethnicity',
]

/** In a talent file "name" is a person's name. */
const TALENT_PERSON_HEADERS = ['name', '名称']

const PERSON = new Set(PERSON_HEADERS.map(headerKey))
const TALENT_PERSON = new Set([...PERSON, ...TALENT_PERSON_HEADERS.map(headerKey)])

/** Whether a header names a person-identifying column; `talent` widens the list to plain "name". */
export function isPersonHeader(header: string, talent: boolean): boolean {
  const key = headerKey(header)
  return key !== '' && (talent ? TALENT_PERSON : PERSON).has(key)
}
